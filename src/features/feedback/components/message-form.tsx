"use client";

import { useRouter } from "next/navigation";
import type { DefaultValues } from "react-hook-form";
import { TextAreaField } from "~/components/ui/field";
import {
  Form,
  FormMessage,
  SubmitButton,
  useZodForm,
  type TSchemaLoader,
} from "~/components/ui/form";
import { FEEDBACK_MAX } from "../constants";

/**
 * The labelled textarea + button that feedback, replies and notes share. `schema` loads the
 * text's part of the request (`.pick()` of the request schema), `name` is its key there. Once sent, the
 * page re-renders from the server, where the new message shows.
 */
export function MessageForm<TName extends string>({
  name,
  schema,
  label,
  submitLabel,
  pendingLabel = "Sending…",
  max = FEEDBACK_MAX,
  send,
}: {
  name: TName;
  schema: TSchemaLoader<Record<TName, string>, Record<TName, string>>;
  label: string;
  submitLabel: string;
  pendingLabel?: string;
  max?: number;
  send: (request: Record<TName, string>) => Promise<unknown>;
}) {
  const router = useRouter();
  const form = useZodForm(schema, {
    defaultValues: { [name]: "" } as DefaultValues<Record<TName, string>>,
  });

  return (
    <Form
      form={form}
      className="flex flex-col gap-2"
      onSubmit={async (request) => {
        await send(request);
        router.refresh();
        form.reset();
      }}
    >
      <TextAreaField name={name} label={label} labelSize="base" maxLength={max} />
      <FormMessage />
      <div>
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      </div>
    </Form>
  );
}
