"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { FieldErrors, TextAreaField } from "~/components/ui/field";
import { BuilderForm } from "~/features/templates/components/builder-form";
import { ContentBuilder } from "~/features/templates/components/content-builder";
import { useBuilderForm } from "~/features/templates/components/use-builder-form";
import { errorsUnder } from "~/features/templates/path-errors";
import type { TTemplateContent } from "~/features/templates/schema";
import { useTRPC } from "~/trpc/react";
import type { TSchedule } from "../recurrence";
import {
  INSTRUCTIONS_MAX,
  ZCreateAssignmentRequestSchema,
  ZUpdateAssignmentRequestSchema,
  type TCreateAssignmentRequest,
  type TUpdateAssignmentRequest,
} from "../schema";
import {
  ScheduleFields,
  scheduleFromState,
  scheduleStateOf,
  type TScheduleState,
} from "./schedule-fields";

type Target =
  { mode: "create"; clientId: string; templateId: string } | { mode: "edit"; assignmentId: string };

export type TAssignmentFormProps = {
  target: Target;
  clientId: string;
  timeZone: string;
  today: string;
  initial: {
    content: TTemplateContent;
    instructions: string;
    schedule: TSchedule | null;
  };
};

type TDraft = {
  content: TTemplateContent;
  instructions: string;
  schedule: TScheduleState;
};

/** Customise the content, then say when it is due; the same schema checks here and on the server. */
export function AssignmentForm({
  target,
  clientId,
  timeZone,
  today,
  initial,
}: TAssignmentFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.assignments.create.mutationOptions());
  const update = useMutation(trpc.assignments.update.mutationOptions());
  const ids = useId();
  const [draft, setDraft] = useState<TDraft>(() => ({
    content: initial.content,
    instructions: initial.instructions,
    schedule: scheduleStateOf(initial.schedule, today, initial.content.kind === "LADDER"),
  }));
  const { formRef, messageRef, errors, message, recheck, submit } = useBuilderForm(
    target.mode === "create" ? ZCreateAssignmentRequestSchema : ZUpdateAssignmentRequestSchema,
  );

  /**
   * The request as the procedure takes it; invalid entries are left for the schema to name.
   * No reminder offsets: new homework gets none, an edit keeps the stored ones.
   */
  const requestOf = (d: TDraft) => ({
    content: d.content,
    instructions: d.instructions,
    schedule: scheduleFromState(d.schedule),
    ...(target.mode === "create"
      ? { clientId: target.clientId, templateId: target.templateId }
      : { assignmentId: target.assignmentId }),
  });
  const set = (patch: Partial<TDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    recheck(requestOf(next));
  };

  function onSubmit() {
    void submit(requestOf(draft), async (data) => {
      if (target.mode === "create") {
        await create.mutateAsync(data as TCreateAssignmentRequest);
      } else {
        await update.mutateAsync(data as TUpdateAssignmentRequest);
      }
      router.push(`/therapist/clients/${clientId}`);
      router.refresh();
    });
  }

  const { content } = draft;
  const pending = create.isPending || update.isPending;
  return (
    <BuilderForm formRef={formRef} messageRef={messageRef} message={message} onSubmit={onSubmit}>
      <section aria-labelledby={`${ids}-content`} className="flex flex-col gap-3">
        <h2 id={`${ids}-content`} className="text-xl font-semibold">
          Content for this client
        </h2>
        <FieldErrors errors={errors.content} />
        <ContentBuilder
          value={content}
          onChange={(next) => set({ content: next })}
          errors={errorsUnder(errors, "content.body")}
        />
      </section>
      <TextAreaField
        label="Instructions for the client (optional)"
        maxLength={INSTRUCTIONS_MAX}
        value={draft.instructions}
        errors={errors.instructions}
        onChange={(e) => set({ instructions: e.target.value })}
      />
      <ScheduleFields
        value={draft.schedule}
        onChange={(schedule) => set({ schedule })}
        allowNone={content.kind === "LADDER"}
        timeZone={timeZone}
        errors={errors}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : target.mode === "create" ? "Assign" : "Save changes"}
      </Button>
    </BuilderForm>
  );
}
