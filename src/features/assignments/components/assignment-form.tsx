"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FieldErrors } from "~/components/ui/field";
import { LadderBuilder } from "~/features/templates/components/ladder-builder";
import { WorksheetBuilder } from "~/features/templates/components/worksheet-builder";
import { errorsUnder, pathErrorsOf, type TPathErrors } from "~/features/templates/path-errors";
import type { TTemplateContent } from "~/features/templates/schema";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import type { TSchedule } from "../recurrence";
import {
  INSTRUCTIONS_MAX,
  REMINDER_CHOICES,
  ZCreateAssignmentRequestSchema,
  ZUpdateAssignmentRequestSchema,
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
    reminderOffsets: number[];
  };
};

const reminderIndexOf = (offsets: number[]) =>
  Math.max(
    0,
    REMINDER_CHOICES.findIndex((c) => c.offsets.join() === offsets.join()),
  );

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
  const [content, setContent] = useState(initial.content);
  const [instructions, setInstructions] = useState(initial.instructions);
  const [schedule, setSchedule] = useState<TScheduleState>(() =>
    scheduleStateOf(initial.schedule, today, initial.content.kind === "LADDER"),
  );
  const [reminder, setReminder] = useState(reminderIndexOf(initial.reminderOffsets));
  const [errors, setErrors] = useState<TPathErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const editable = {
      content,
      instructions,
      schedule: scheduleFromState(schedule),
      reminderOffsets: [...REMINDER_CHOICES[reminder]!.offsets],
    };
    setMessage(null);
    const parsed =
      target.mode === "create"
        ? ZCreateAssignmentRequestSchema.safeParse({ ...editable, ...target })
        : ZUpdateAssignmentRequestSchema.safeParse({
            ...editable,
            assignmentId: target.assignmentId,
          });
    if (!parsed.success) {
      setErrors(pathErrorsOf(parsed.error));
      setMessage("Some answers need another look.");
      return;
    }
    setErrors({});
    try {
      if (target.mode === "create") {
        await create.mutateAsync(parsed.data as never);
      } else {
        await update.mutateAsync(parsed.data as never);
      }
      router.push(`/therapist/clients/${clientId}`);
      router.refresh();
    } catch (error) {
      const server = readServerError(error);
      setErrors(server.fieldErrors);
      setMessage(server.message);
    }
  }

  const contentErrors = errorsUnder(errors, "content.body");
  const pending = create.isPending || update.isPending;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <section aria-labelledby={`${ids}-content`} className="flex flex-col gap-3">
        <h2 id={`${ids}-content`} className="text-xl font-semibold">
          Content for this client
        </h2>
        <FieldErrors errors={errors.content} />
        {content.kind === "WORKSHEET" ? (
          <WorksheetBuilder
            value={content.body}
            onChange={(body) => setContent({ kind: "WORKSHEET", body })}
            errors={contentErrors}
          />
        ) : (
          <LadderBuilder
            value={content.body}
            onChange={(body) => setContent({ kind: "LADDER", body })}
            errors={contentErrors}
          />
        )}
      </section>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${ids}-instructions`} className="text-sm font-medium text-slate-800">
          Instructions for the client (optional)
        </label>
        <textarea
          id={`${ids}-instructions`}
          rows={3}
          maxLength={INSTRUCTIONS_MAX}
          value={instructions}
          onChange={(e) => setInstructions(e.target.value)}
          className="rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <FieldErrors errors={errors.instructions} />
      </div>
      <ScheduleFields
        value={schedule}
        onChange={setSchedule}
        allowNone={content.kind === "LADDER"}
        timeZone={timeZone}
        errors={errors}
      />
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${ids}-reminders`} className="text-sm font-medium text-slate-800">
          Reminders
        </label>
        <select
          id={`${ids}-reminders`}
          value={reminder}
          onChange={(e) => setReminder(Number(e.target.value))}
          className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        >
          {REMINDER_CHOICES.map((choice, i) => (
            <option key={choice.label} value={i}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : target.mode === "create" ? "Assign" : "Save changes"}
      </Button>
    </form>
  );
}
