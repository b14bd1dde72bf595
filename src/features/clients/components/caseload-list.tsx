import Link from "next/link";
import { Card } from "~/components/ui/card";
import type { TCaseloadEntry } from "../schema";

export function CaseloadList({ clients }: { clients: TCaseloadEntry[] }) {
  if (clients.length === 0) {
    return (
      <Card>
        <p className="text-slate-700">
          No clients yet. When a client accepts your invitation they appear here.
        </p>
      </Card>
    );
  }
  return (
    <ul className="flex flex-col gap-3" aria-label="Clients">
      {clients.map((client) => (
        <li key={client.clientId}>
          <Card className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
            <Link
              href={`/therapist/clients/${client.clientId}`}
              className="font-semibold text-brand-800 underline-offset-2 hover:underline"
            >
              {client.name}
            </Link>
            <span className="text-sm text-slate-700">{client.email}</span>
          </Card>
        </li>
      ))}
    </ul>
  );
}
