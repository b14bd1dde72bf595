"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { FieldErrors } from "~/components/ui/field";
import { fieldErrorsOf, readServerError } from "~/lib/form-errors";
import { FEEDBACK_MAX, ZFeedbackBodySchema } from "../schema";

/**
 * The labelled textarea + button that feedback, replies and notes share. Once sent, the page
 * re-renders from the server, where the new message shows.
 */
export function MessageForm({
  pendingLabel = "Sending…",
  fieldName = "body",
  ...props
}: {
  label: string;
  submitLabel: string;
  pendingLabel?: string;
  /** The request's field the server's errors about the text are under. */
  fieldName?: string;
  max?: number;
  schema?: typeof ZFeedbackBodySchema;
  send: (text: string) => Promise<unknown>;
}) {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<string[] | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const schema = props.schema ?? ZFeedbackBodySchema;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const parsed = schema.safeParse(text);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error)[""] ?? parsed.error.issues.map((i) => i.message));
      return;
    }
    setErrors(undefined);
    setMessage(null);
    setPending(true);
    try {
      await props.send(parsed.data);
      router.refresh();
      setText("");
    } catch (error) {
      const server = readServerError(error);
      setErrors(server.fieldErrors[fieldName]);
      setMessage(server.message);
    } finally {
      setPending(false);
    }
  }

  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <label htmlFor={id} className="font-medium text-slate-900">
        {props.label}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={props.max ?? FEEDBACK_MAX}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className="min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid]:border-red-700"
      />
      <FieldErrors id={errorId} errors={errors} />
      {message && !errors?.length ? <Alert tone="error">{message}</Alert> : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
