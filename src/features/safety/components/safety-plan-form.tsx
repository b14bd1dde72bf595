"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { TextAreaField } from "~/components/ui/field";
import { asRequest, Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { RestoredNote } from "~/components/ui/restored-note";
import { useFormDraft } from "~/components/ui/use-form-draft";
import { tabDraftKey } from "~/lib/tab-drafts";
import type { TSafetyPlanContent } from "../schema";
import { SAFETY_PLAN_SECTION_MAX, SAFETY_PLAN_SECTIONS, SAFETY_PLAN_TEXT } from "../constants";

/**
 * The client edits their whole plan, one item per line. Unsent text stays in this tab until it is
 * saved, and a save from a copy older than the stored plan is refused with the text left in
 * place, so nothing typed is lost.
 */
export function SafetyPlanForm({
  userId,
  plan,
  revision,
}: {
  /** The signed-in client: unsent text in this tab is kept under their name. */
  userId: string;
  plan: TSafetyPlanContent;
  revision: number;
}) {
  const router = useRouter();
  const save = useMutation((api) => api.safetyPlan.save);
  const schema = useMemo(
    () =>
      asRequest(
        (values: TSafetyPlanContent) => ({ ...values, baseRevision: revision }),
        async () => (await import("../schema")).ZSaveSafetyPlanRequestSchema,
      ),
    [revision],
  );
  const form = useZodForm(schema, { defaultValues: plan });
  const { restored, keep, forget } = useFormDraft(tabDraftKey("safety-plan", userId), form);
  return (
    <Form
      form={form}
      onChange={keep}
      aria-label="Edit my safety plan"
      className="flex flex-col gap-5"
      onSubmit={async (request) => {
        await save.mutateAsync(request);
        forget();
        router.push("/portal/safety-plan");
      }}
    >
      <FormMessage />
      {restored ? <RestoredNote /> : null}
      {SAFETY_PLAN_SECTIONS.map((key) => (
        <TextAreaField
          key={key}
          name={key}
          label={SAFETY_PLAN_TEXT[key].title}
          help={`${SAFETY_PLAN_TEXT[key].help} One per line.`}
          labelSize="base"
          rows={4}
          maxLength={SAFETY_PLAN_SECTION_MAX}
        />
      ))}
      <div>
        <SubmitButton label="Save my plan" pendingLabel="Saving…" />
      </div>
    </Form>
  );
}
