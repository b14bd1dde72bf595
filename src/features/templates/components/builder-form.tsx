"use client";

import type { ReactNode, RefObject } from "react";
import { Alert } from "~/components/ui/alert";

/** The form element around a builder, wired to useBuilderForm's refs so focus finds errors. */
export function BuilderForm({
  formRef,
  messageRef,
  message,
  onSubmit,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  messageRef: RefObject<HTMLDivElement | null>;
  message: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      className="flex flex-col gap-6"
    >
      {message ? (
        <Alert tone="error" ref={messageRef}>
          {message}
        </Alert>
      ) : null}
      {children}
    </form>
  );
}
