import { Alert } from "~/components/ui/alert";
import { formatDay } from "~/lib/format";
import type { TCareLink } from "../schema";
import { RestoreClientButton } from "./care-link-actions";

/** Above an archived or ended client's pages: why they are read-only, and what can be done. */
export function CareLinkBanner({
  link,
  client,
  timeZone,
  canRestore = true,
}: {
  link: TCareLink;
  client: { id: string; name: string };
  timeZone: string;
  canRestore?: boolean;
}) {
  if (link.status === "ACTIVE") return null;
  const since = link.since ? ` on ${formatDay(link.since, timeZone)}` : "";
  if (link.status === "ENDED") {
    return (
      <Alert tone="info">
        {client.name} ended your access{since}. You can read what they shared before then, and
        nothing after. Only they can renew it, by accepting a new invitation from you.
      </Alert>
    );
  }
  return (
    <Alert tone="info">
      <div className="flex flex-col gap-3">
        <p>
          You archived {client.name}
          {since}. Their homework has ended; what they shared stays here, read-only.
        </p>
        {canRestore ? <RestoreClientButton clientId={client.id} name={client.name} /> : null}
      </div>
    </Alert>
  );
}
