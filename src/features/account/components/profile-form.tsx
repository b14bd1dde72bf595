"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import type { TUpdateProfileRequest } from "../schema";
import { NameField } from "./account-fields";
import { TimeZoneSelect } from "./time-zone-select";

/** Name and time zone; a client is told their due dates ahead follow a new zone. */
export function ProfileForm({
  profile,
  isClient,
}: {
  profile: TUpdateProfileRequest;
  isClient: boolean;
}) {
  const router = useRouter();
  const update = useMutation((api) => api.account.updateProfile);
  const form = useZodForm(async () => (await import("../schema")).ZUpdateProfileRequestSchema, {
    defaultValues: profile,
  });
  const [saved, setSaved] = useState(false);
  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        setSaved(false);
        await update.mutateAsync(request);
        form.reset(request);
        setSaved(true);
        router.refresh();
      }}
    >
      <FormMessage />
      <NameField />
      <TimeZoneSelect
        name="timeZone"
        help={
          isClient
            ? "Due times follow this zone. When you change it, what is due from now on moves to the same clock times there; past due dates stay as they were."
            : "Dates and times you see follow this zone."
        }
      />
      {saved && !form.formState.isDirty ? <Alert tone="success">Saved.</Alert> : null}
      <SubmitButton label="Save name and time zone" pendingLabel="Saving…" className="self-start" />
    </Form>
  );
}
