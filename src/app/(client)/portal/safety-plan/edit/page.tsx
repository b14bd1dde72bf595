import type { Metadata } from "next";
import Link from "next/link";
import { PortalFrame } from "~/components/layout/portal-frame";
import { SafetyPlanForm } from "~/features/safety/components/safety-plan-form";
import { requireClient } from "~/server/auth/guard";
import { getServerApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Edit my safety plan" };

export default async function EditSafetyPlanPage() {
  const actor = await requireClient("/portal/safety-plan/edit");
  const { warningSigns, calmingThings, people, professionals, revision } = await (
    await getServerApi()
  ).safetyPlan.get({});
  return (
    <PortalFrame actor={actor}>
      <Link href="/portal/safety-plan" className="font-semibold text-brand-800 underline">
        Back to my plan
      </Link>
      <h1 className="text-2xl font-bold">Edit my safety plan</h1>
      <p className="text-slate-700">
        Write a few short lines in each part. Your therapist can read your plan.
      </p>
      <SafetyPlanForm
        userId={actor.userId}
        plan={{ warningSigns, calmingThings, people, professionals }}
        revision={revision}
      />
    </PortalFrame>
  );
}
