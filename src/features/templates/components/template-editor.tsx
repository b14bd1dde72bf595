"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { TextAreaField, TextField } from "~/components/ui/field";
import { useTRPC } from "~/trpc/react";
import { errorsUnder } from "../path-errors";
import { ZCreateTemplateRequestSchema, type TLadderBody, type TWorksheetBody } from "../schema";
import { BuilderForm } from "./builder-form";
import { ContentBuilder } from "./content-builder";
import { useBuilderForm } from "./use-builder-form";

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
  const { formRef, messageRef, errors, message, recheck, submit } = useBuilderForm(
    ZCreateTemplateRequestSchema,
  );
  const set = (patch: Partial<TTemplateDraft>) => {
    const next = { ...draft, ...patch } as TTemplateDraft;
    setDraft(next);
    recheck(next);
  };

  function onSubmit() {
    void submit(draft, async (data) => {
      const saved = id ? await update.mutateAsync({ ...data, id }) : await create.mutateAsync(data);
      router.push(`/therapist/templates/${saved.id}`);
      router.refresh();
    });
  }

  const saving = create.isPending || update.isPending;
  return (
    <BuilderForm formRef={formRef} messageRef={messageRef} message={message} onSubmit={onSubmit}>
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
        <ContentBuilder value={draft} errors={errorsUnder(errors, "body")} onChange={set} />
      </section>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : id ? "Save changes" : "Save template"}
        </Button>
      </div>
    </BuilderForm>
  );
}
