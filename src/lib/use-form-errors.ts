import { useState } from "react";
import type { z } from "zod";
import { fieldErrorsOf, readServerError, type TFieldErrors } from "./form-errors";

/**
 * The field errors and the one sentence a form shows, from its schema before sending or from
 * the server's refusal after.
 */
export function useFormErrors<TSchema extends z.ZodType>(schema: TSchema) {
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  /** The request ready to send, or null once what is wrong with it is shown. */
  function check(request: unknown): z.output<TSchema> | null {
    setMessage(null);
    const parsed = schema.safeParse(request);
    setFieldErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    return parsed.success ? parsed.data : null;
  }

  function refuse(error: unknown) {
    const server = readServerError(error);
    setFieldErrors(server.fieldErrors);
    setMessage(server.message);
  }

  return { fieldErrors, message, setMessage, check, refuse };
}
