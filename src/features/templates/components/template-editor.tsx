"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { errorsUnder, pathErrorsOf, type TPathErrors } from "../path-errors";
import { ZCreateTemplateRequestSchema, type TLadderBody, type TWorksheetBody } from "../schema";
import { TextAreaField } from "~/components/ui/field";
import { LadderBuilder } from "./ladder-builder";
import { WorksheetBuilder } from "./worksheet-builder";

export type TTemplateDraft = {
  title: string;
  summary: string;
  whyItHelps: string;
  howToUse: string;
} & ({ kind: "WORKSHEET"; body: TWorksheetBody } | { kind: "LADDER"; body: TLadderBody });

/** Create (no `id`) or edit an own template; the same zod schema checks here and on the server. */
export function TemplateEditor({ id, initial }: { id?: string; initial: TTemplateDraft }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.templates.create.mutationOptions());
  const update = useMutation(trpc.templates.update.mutationOptions());
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<TPathErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  // After a refused save, messages follow the edits so a fixed input stops showing its error.
  const [recheck, setRecheck] = useState(false);
  const set = (patch: Partial<TTemplateDraft>) => {
    const next = { ...draft, ...patch } as TTemplateDraft;
    setDraft(next);
    if (recheck) {
      const parsed = ZCreateTemplateRequestSchema.safeParse(next);
      setErrors(parsed.success ? {} : pathErrorsOf(parsed.error));
    }
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateTemplateRequestSchema.safeParse(draft);
    if (!parsed.success) {
      setRecheck(true);
      setErrors(pathErrorsOf(parsed.error));
      setMessage("Some answers need another look. The messages are next to each one.");
      return;
    }
    setErrors({});
    setMessage(null);
    try {
      const saved = id
        ? await update.mutateAsync({ ...parsed.data, id })
        : await create.mutateAsync(parsed.data);
      router.push(`/therapist/templates/${saved.id}`);
      router.refresh();
    } catch (error) {
      const server = readServerError(error);
      setErrors(server.fieldErrors);
      setMessage(server.message);
    }
  }

  const bodyErrors = errorsUnder(errors, "body");
  const saving = create.isPending || update.isPending;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <section className="flex flex-col gap-4" aria-labelledby="about-heading">
        <h2 id="about-heading" className="text-xl font-semibold">
          About this {draft.kind === "LADDER" ? "ladder" : "worksheet"}
        </h2>
        <TextField
          label="Title"
          value={draft.title}
          maxLength={120}
          errors={errors.title}
          onChange={(e) => set({ title: e.target.value })}
        />
        <TextAreaField
          label="Summary for your library (optional)"
          value={draft.summary}
          maxLength={300}
          errors={errors.summary}
          onChange={(e) => set({ summary: e.target.value })}
        />
        <TextAreaField
          label="Why this helps (the client sees this)"
          value={draft.whyItHelps}
          maxLength={2000}
          rows={3}
          errors={errors.whyItHelps}
          onChange={(e) => set({ whyItHelps: e.target.value })}
        />
        <TextAreaField
          label="How to use it (only you see this)"
          value={draft.howToUse}
          maxLength={2000}
          rows={3}
          errors={errors.howToUse}
          onChange={(e) => set({ howToUse: e.target.value })}
        />
      </section>
      <section className="flex flex-col gap-4" aria-labelledby="body-heading">
        <h2 id="body-heading" className="text-xl font-semibold">
          {draft.kind === "LADDER" ? "Steps" : "Questions"}
        </h2>
        {draft.kind === "LADDER" ? (
          <LadderBuilder
            value={draft.body}
            errors={bodyErrors}
            onChange={(body) => set({ body })}
          />
        ) : (
          <WorksheetBuilder
            value={draft.body}
            errors={bodyErrors}
            onChange={(body) => set({ body })}
          />
        )}
      </section>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : id ? "Save changes" : "Save template"}
        </Button>
      </div>
    </form>
  );
}
