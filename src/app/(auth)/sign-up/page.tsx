import type { Metadata } from "next";
import { Card } from "~/components/ui/card";
import { SignUpForm } from "~/features/account/components/sign-up-form";
import { redirectSignedInToHome } from "~/server/auth/guard";

export const metadata: Metadata = { title: "Create a therapist account" };

export default async function SignUpPage() {
  await redirectSignedInToHome();
  return (
    <Card className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold">Create a therapist account</h1>
        <p className="mt-1 text-sm text-slate-700">
          Clients do not sign up here: you invite them from your caseload.
        </p>
      </div>
      <SignUpForm />
    </Card>
  );
}
