"use client";

import { useMutation } from "~/trpc/use-mutation";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { Form, FormMessage, SubmitButton, useZodForm } from "~/components/ui/form";
import { readServerError } from "~/lib/form-errors";
import { formatDay } from "~/lib/format";
import type { TTwoStepStatus } from "../schema";

type TSetup = { secret: string; uri: string; qrSvg: string };

/** Setting up, or turning off, two-step sign-in with an authenticator app. */
export function TwoStepSection({ status, timeZone }: { status: TTwoStepStatus; timeZone: string }) {
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodes codes={codes} onSaved={() => setCodes(null)} />;
  if (status.enabledAt) {
    return (
      <div className="flex flex-col gap-3">
        <p>
          Two-step sign-in is on since {formatDay(status.enabledAt, timeZone)}.{" "}
          {status.recoveryCodesLeft} unused recovery{" "}
          {status.recoveryCodesLeft === 1 ? "code" : "codes"} left.
        </p>
        {status.required ? (
          <p className="text-slate-700">This service requires it for therapists.</p>
        ) : (
          <TurnOffForm />
        )}
      </div>
    );
  }
  return <SetUp onDone={setCodes} />;
}

function SetUp({ onDone }: { onDone: (codes: string[]) => void }) {
  const router = useRouter();
  const start = useMutation((api) => api.account.startTwoStep);
  const confirm = useMutation((api) => api.account.confirmTwoStep);
  const [setup, setSetup] = useState<TSetup | null>(null);
  const form = useZodForm(async () => (await import("../schema")).ZTwoStepCodeRequestSchema, {
    defaultValues: { code: "" },
  });
  if (!setup) {
    return (
      <div className="flex flex-col gap-2">
        {start.error ? <Alert tone="error">{readServerError(start.error).message}</Alert> : null}
        <Button
          className="self-start"
          disabled={start.isPending}
          onClick={() => start.mutate(undefined, { onSuccess: setSetup })}
        >
          {start.isPending ? "Preparing…" : "Set up two-step sign-in"}
        </Button>
      </div>
    );
  }
  return (
    <Form
      form={form}
      className="flex flex-col gap-4"
      onSubmit={async (request) => {
        onDone((await confirm.mutateAsync(request)).recoveryCodes);
        // The status behind the codes: "on" is ready when they are put away.
        router.refresh();
      }}
    >
      <p>
        1. Scan this code with an authenticator app (for example the one your phone offers for
        passwords, or any TOTP app).
      </p>
      <div
        role="img"
        aria-label="QR code for your authenticator app"
        className="size-48 bg-white p-2"
        // The library's SVG of a URI this server made: markup, no script.
        dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
      />
      <p className="text-sm text-slate-700">
        Or type this key into the app: <code className="break-all font-mono">{setup.secret}</code>
      </p>
      <FormMessage />
      <TextField
        label="2. The 6-digit code the app shows"
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
      />
      <SubmitButton
        label="Turn on two-step sign-in"
        pendingLabel="Checking…"
        className="self-start"
      />
    </Form>
  );
}

function RecoveryCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  return (
    <div className="flex flex-col gap-3">
      <Alert tone="success">Two-step sign-in is on.</Alert>
      <p>
        Keep these recovery codes somewhere safe, apart from your phone. Each signs you in once if
        you lose the app. They are shown only now.
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <Button className="self-start" onClick={onSaved}>
        I have saved them
      </Button>
    </div>
  );
}

function TurnOffForm() {
  const router = useRouter();
  const off = useMutation((api) => api.account.turnOffTwoStep);
  const form = useZodForm(async () => (await import("../schema")).ZTurnOffTwoStepRequestSchema, {
    defaultValues: { password: "" },
  });
  return (
    <Form
      form={form}
      className="flex flex-col gap-3"
      onSubmit={async (request) => {
        await off.mutateAsync(request);
        router.refresh();
      }}
    >
      <FormMessage />
      <TextField
        label="Your password, to turn it off"
        name="password"
        type="password"
        autoComplete="current-password"
      />
      <SubmitButton
        label="Turn off two-step sign-in"
        pendingLabel="Saving…"
        className="self-start"
      />
    </Form>
  );
}
