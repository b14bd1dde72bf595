"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { TextAreaField, TextField } from "~/components/ui/field";
import { CHECK_MESSAGE, Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import type { TLadderBody, TWorksheetBody } from "../schema";
import { ContentBuilder } from "./content-builder";

export type TTemplateDraft = {
  title: string;
  summary: string;
  whyItHelps: string;
  howToUse: string;
} & ({ kind: "WORKSHEET"; body: TWorksheetBody } | { kind: "LADDER"; body: TLadderBody });

/** Create (no `id`) or edit an own template; the same zod schema checks here and on the server. */
export function TemplateEditor({ id, initial }: { id?: string; initial: TTemplateDraft }) {
  const router = useRouter();
  const create = useMutation((api) => api.templates.create);
  const update = useMutation((api) => api.templates.update);
  const form = useZodForm(async () => (await import("../schema")).ZCreateTemplateRequestSchema, {
    defaultValues: initial,
  });
  const { kind } = initial;

  return (
    <Form
      form={form}
      checkMessage={CHECK_MESSAGE}
      className="flex flex-col gap-6"
      onSubmit={async (request) => {
        const saved = id
          ? await update.mutateAsync({ ...request, id })
          : await create.mutateAsync(request);
        router.push(`/therapist/templates/${saved.id}`);
        router.refresh();
      }}
    >
      <FormMessage />
      <section className="flex flex-col gap-4" aria-labelledby="about-heading">
        <h2 id="about-heading" className="text-xl font-semibold">
          About this {kind === "LADDER" ? "ladder" : "worksheet"}
        </h2>
        <TextField name="title" label="Title" maxLength={120} />
        <TextAreaField name="summary" label="Summary for your library (optional)" maxLength={300} />
        <TextAreaField
          name="whyItHelps"
          label="Why this helps (the client sees this)"
          maxLength={2000}
        />
        <TextAreaField name="howToUse" label="How to use it (only you see this)" maxLength={2000} />
      </section>
      <section className="flex flex-col gap-4" aria-labelledby="body-heading">
        <h2 id="body-heading" className="text-xl font-semibold">
          {kind === "LADDER" ? "Steps" : "Questions"}
        </h2>
        <ContentBuilder kind={kind} name="body" />
      </section>
      <div className="flex flex-wrap gap-3">
        <SubmitButton label={id ? "Save changes" : "Save template"} pendingLabel="Saving…" />
      </div>
    </Form>
  );
}
