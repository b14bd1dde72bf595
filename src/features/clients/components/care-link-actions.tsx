"use client";

import { useMutation } from "~/trpc/use-mutation";
import { ConfirmButton } from "~/components/ui/confirm-button";

/** On an ACTIVE client's page: close the case. */
export function ArchiveClientButton({ clientId, name }: { clientId: string; name: string }) {
  const archive = useMutation((api) => api.clients.archive);
  return (
    <ConfirmButton
      label="Archive client"
      confirmLabel={`Yes, archive ${name}`}
      question={
        <>
          <p className="font-semibold">Archive {name}?</p>
          <p>
            All their homework from you ends now, and nothing more will be due. They leave your
            caseload; you can still read what they shared, and restore them at any time.
          </p>
        </>
      }
      onConfirm={() => archive.mutateAsync({ clientId })}
    />
  );
}

/** On an archived client's page or in the list of former clients: back on the caseload. */
export function RestoreClientButton({ clientId, name }: { clientId: string; name: string }) {
  const restore = useMutation((api) => api.clients.restore);
  return (
    <ConfirmButton
      label={`Restore ${name}`}
      confirmLabel="Yes, restore"
      question={
        <p>
          Put {name} back on your caseload? Their ended homework stays ended; you can assign new
          homework.
        </p>
      }
      onConfirm={() => restore.mutateAsync({ clientId })}
    />
  );
}

/** In the client's settings: end one therapist's access. */
export function EndAccessButton({ therapistId, name }: { therapistId: string; name: string }) {
  const end = useMutation((api) => api.clients.endAccess);
  return (
    <ConfirmButton
      variant="danger"
      label={`End ${name}'s access`}
      confirmLabel="Yes, end their access"
      question={
        <>
          <p className="font-semibold">End {name}&rsquo;s access?</p>
          <p>
            Your homework from {name} ends now. They keep read-only access to what you shared with
            them before this moment, which is part of their clinical record. Nothing you write after
            it reaches them.
          </p>
          <p>
            Only you can renew it: if {name} invites you again, it starts again when you accept.
          </p>
        </>
      }
      onConfirm={() => end.mutateAsync({ therapistId })}
    />
  );
}
