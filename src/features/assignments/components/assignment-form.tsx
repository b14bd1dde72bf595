"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useId, useMemo } from "react";
import { PartErrors, TextAreaField } from "~/components/ui/field";
import {
  asRequest,
  CHECK_MESSAGE,
  Form,
  FormMessage,
  SubmitButton,
  useZodForm,
} from "~/components/ui/form";
import { ContentBuilder } from "~/features/templates/components/content-builder";
import type { TTemplateContent } from "~/features/templates/schema";
import type { TSchedule } from "../recurrence";
import type { TReminderRules } from "../reminders";
import type { TCreateAssignmentRequest, TUpdateAssignmentRequest } from "../schema";
import { INSTRUCTIONS_MAX } from "../constants";
import {
  ScheduleFields,
  scheduleFromState,
  scheduleStateOf,
  type TScheduleState,
} from "./schedule-fields";
import {
  ReminderFields,
  reminderStateOf,
  remindersFromState,
  type TReminderState,
} from "./reminder-fields";

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
    reminders: TReminderRules;
  };
};

type TDraft = {
  content: TTemplateContent;
  instructions: string;
  schedule: TScheduleState;
  reminders: TReminderState;
};

/** Customise the content, then say when it is due; the same schema checks here and on the server. */
export function AssignmentForm({
  target,
  clientId,
  timeZone,
  today,
  initial,
}: TAssignmentFormProps) {
  const router = useRouter();
  const create = useMutation((api) => api.assignments.create);
  const update = useMutation((api) => api.assignments.update);
  const ids = useId();
  const { kind } = initial.content;
  /**
   * The request as the procedure takes it, checked by its own schema; invalid entries are left
   * for the schema to name. Without due dates (a self-paced ladder) there is nothing to remind of.
   */
  const schema = useMemo(
    () =>
      asRequest<TDraft, TCreateAssignmentRequest | TUpdateAssignmentRequest>(
        (d) => ({
          content: d.content,
          instructions: d.instructions,
          schedule: scheduleFromState(d.schedule),
          reminders: remindersFromState(d.reminders),
          ...(target.mode === "create"
            ? { clientId: target.clientId, templateId: target.templateId }
            : { assignmentId: target.assignmentId }),
        }),
        async () => {
          const schemas = await import("../schema");
          return target.mode === "create"
            ? schemas.ZCreateAssignmentRequestSchema
            : schemas.ZUpdateAssignmentRequestSchema;
        },
      ),
    [target],
  );
  const form = useZodForm(schema, {
    defaultValues: {
      content: initial.content,
      instructions: initial.instructions,
      schedule: scheduleStateOf(initial.schedule, today, kind === "LADDER"),
      reminders: reminderStateOf(initial.reminders),
    },
  });
  const selfPaced = form.watch("schedule.kind") === "none";

  return (
    <Form
      form={form}
      checkMessage={CHECK_MESSAGE}
      className="flex flex-col gap-6"
      onSubmit={async (request) => {
        if (target.mode === "create") {
          await create.mutateAsync(request as TCreateAssignmentRequest);
        } else {
          await update.mutateAsync(request as TUpdateAssignmentRequest);
        }
        router.push(`/therapist/clients/${clientId}`);
        router.refresh();
      }}
    >
      <FormMessage />
      <section aria-labelledby={`${ids}-content`} className="flex flex-col gap-3">
        <h2 id={`${ids}-content`} className="text-xl font-semibold">
          Content for this client
        </h2>
        <PartErrors name="content" />
        <ContentBuilder kind={kind} name="content.body" />
      </section>
      <TextAreaField
        name="instructions"
        label="Instructions for the client (optional)"
        maxLength={INSTRUCTIONS_MAX}
      />
      <ScheduleFields allowNone={kind === "LADDER"} timeZone={timeZone} />
      {selfPaced ? null : <ReminderFields />}
      <SubmitButton
        label={target.mode === "create" ? "Assign" : "Save changes"}
        pendingLabel="Saving…"
      />
    </Form>
  );
}
