"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useFormContext } from "react-hook-form";
import { controlClass, Field, TextAreaField } from "~/components/ui/field";
import { asRequest, Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { SAFETY_PLAN_SECTIONS, SAFETY_PLAN_TEXT, SUGGESTION_MAX } from "../constants";

const BLANK = { section: "", body: "" };

/** The therapist suggests a line for one part of the client's plan; the client decides. */
export function SuggestForm({ clientId }: { clientId: string }) {
  const router = useRouter();
  const suggest = useMutation((api) => api.safetyPlan.suggest);
  const schema = useMemo(
    () =>
      asRequest(
        (values: typeof BLANK) => ({
          clientId,
          section: values.section || undefined,
          body: values.body,
        }),
        async () => (await import("../schema")).ZSuggestSafetyPlanRequestSchema,
      ),
    [clientId],
  );
  const form = useZodForm(schema, { defaultValues: BLANK });
  return (
    <Form
      form={form}
      aria-label="Suggest an addition"
      className="flex flex-col gap-3"
      onSubmit={async (request) => {
        await suggest.mutateAsync(request);
        form.reset(BLANK);
        router.refresh();
      }}
    >
      <FormMessage />
      <SectionSelect />
      <TextAreaField name="body" label="Your suggestion" maxLength={SUGGESTION_MAX} />
      <div>
        <SubmitButton label="Send the suggestion" pendingLabel="Sending…" />
      </div>
    </Form>
  );
}

function SectionSelect() {
  const { register } = useFormContext();
  return (
    <Field name="section" label="Part of the plan">
      {(control) => (
        <select {...control} {...register("section")} className={`min-h-11 ${controlClass}`}>
          <option value="">Choose a part</option>
          {SAFETY_PLAN_SECTIONS.map((key) => (
            <option key={key} value={key}>
              {SAFETY_PLAN_TEXT[key].title}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
