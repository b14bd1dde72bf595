"use client";

import {
  createContext,
  useContext,
  useEffect,
  useRef,
  type FormHTMLAttributes,
  type RefObject,
} from "react";
import {
  FormProvider,
  useForm,
  useFormState,
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormProps,
  type UseFormReturn,
  type UseFormSetError,
} from "react-hook-form";
import type { z } from "zod";
import { NO_CONNECTION, readServerError } from "~/lib/form-errors";
import { Alert } from "./alert";
import { Button } from "./button";

/*
 * Every form: react-hook-form state, checked in the browser by the request schema the server
 * parses (or one derived from it), inside <Form>, with each input in a <Field> (./field). A
 * refusal shows the same way everywhere: messages next to their fields, one sentence at
 * <FormMessage>, focus on the first field marked invalid (else on the sentence), and from then on
 * a field is checked again as it changes, so a fixed one stops showing its message.
 */

/** What a long form says when the browser's own check fails: the fields may be far from here. */
export const CHECK_MESSAGE = "Some answers need another look. The messages are next to each one.";

/** The form's one sentence is the root error; its type says whether it is about the fields. */
type TMessageKind = "fields" | "request";

/**
 * Loads the schema a form is checked by: `async () => (await import("../schema")).ZXSchema`. Zod
 * and the schemas come with the first check (typing after a submit, or the submit), not with the
 * page: they are about a third of a form page's JavaScript (issue 13's budget).
 */
export type TSchemaLoader<TRequest, TValues> = () => Promise<z.ZodType<TRequest, TValues>>;

/**
 * A form checked by the schema `loadSchema` loads. All messages of a field are kept
 * (criteriaMode "all"); focus is Form's, in page order, rather than the library's order of
 * registration.
 */
export function useZodForm<TValues extends FieldValues, TRequest>(
  loadSchema: TSchemaLoader<TRequest, TValues>,
  options: Omit<UseFormProps<TValues, unknown, TRequest>, "resolver"> = {},
) {
  return useForm<TValues, unknown, TRequest>({
    ...options,
    resolver: lazyZodResolver(loadSchema),
    criteriaMode: "all",
    shouldFocusError: false,
  });
}

function lazyZodResolver<TValues extends FieldValues, TRequest>(
  loadSchema: TSchemaLoader<TRequest, TValues>,
): Resolver<TValues, unknown, TRequest> {
  return async (values, context, options) => {
    let resolver: Resolver<TValues, unknown, TRequest>;
    try {
      const [{ zodResolver }, schema] = await Promise.all([
        import("@hookform/resolvers/zod"),
        loadSchema(),
      ]);
      resolver = zodResolver(schema);
    } catch {
      // The check's code could not be fetched: said like any request that did not get through.
      const errors = { root: { type: "request", message: NO_CONNECTION } } as FieldErrors<TValues>;
      return { values: {}, errors };
    }
    return resolver(values, context, options);
  };
}

/**
 * The schema of a form whose values are not the request itself (number boxes hold text, some
 * parts come from the page): `toRequest` makes the request and the server's own schema, which
 * `loadSchema` loads, checks it, so messages are keyed by the request's paths.
 */
export function asRequest<TValues, TRequest>(
  toRequest: (values: TValues) => unknown,
  loadSchema: () => Promise<z.ZodType<TRequest>>,
): TSchemaLoader<TRequest, TValues> {
  return async () => {
    const [{ requestSchemaOf }, schema] = await Promise.all([
      import("~/lib/request-schema"),
      loadSchema(),
    ]);
    return requestSchemaOf(toRequest, schema);
  };
}

/**
 * Shows why a request failed: each field error the server named at its field, the sentence at
 * FormMessage ("no connection" in our words when the server was never reached).
 */
export function showFailure<T extends FieldValues>(
  form: { setError: UseFormSetError<T> },
  error: unknown,
) {
  const { message, fieldErrors } = readServerError(error);
  const named = Object.entries(fieldErrors);
  for (const [name, messages] of named) {
    // Named by the server: the request's own paths, which are the form's field names.
    form.setError(name as FieldPath<T>, { type: "server", message: messages.join(" ") });
  }
  showMessage(form, message, named.length > 0 ? "fields" : "request");
}

/**
 * The form's sentence. `fields`: it points at messages next to the fields, so it goes once
 * they are all fixed; `request`: it stays until the next submit.
 */
export function showMessage<T extends FieldValues>(
  form: { setError: UseFormSetError<T> },
  message: string,
  kind: TMessageKind = "request",
) {
  form.setError("root", { type: kind, message });
}

const hasFieldErrors = (errors: FieldErrors) => Object.keys(errors).some((key) => key !== "root");

const MessageRef = createContext<RefObject<HTMLDivElement | null> | null>(null);

type TFormProps<TValues extends FieldValues, TRequest> = Omit<
  FormHTMLAttributes<HTMLFormElement>,
  "onSubmit"
> & {
  form: UseFormReturn<TValues, unknown, TRequest>;
  /** Sends the checked request; what it throws is shown by showFailure. */
  onSubmit: (request: TRequest) => Promise<unknown> | void;
  /** Said when the browser's own check fails: on a long form the fields may be far from here. */
  checkMessage?: string;
};

export function Form<TValues extends FieldValues, TRequest>({
  form,
  onSubmit,
  checkMessage,
  children,
  ...attributes
}: TFormProps<TValues, TRequest>) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const sending = useRef(false);
  const { errors, submitCount } = useFormState({ control: form.control });

  // After a submit that ended in an error: the first field marked invalid, in page order, or else
  // the sentence, which may be far above on a long form. Once per submit, not on every edit.
  const focusedAfter = useRef(0);
  useEffect(() => {
    if (submitCount === focusedAfter.current) return;
    focusedAfter.current = submitCount; // 0 again after a reset
    if (Object.keys(errors).length === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? messageRef.current)?.focus();
  }, [submitCount, errors]);

  // A sentence about the fields has done its job once none is marked any more. (Read while
  // rendering: the library updates the errors object in place.)
  const aboutFieldsDone = errors.root?.type === "fields" && !hasFieldErrors(errors);
  useEffect(() => {
    if (aboutFieldsDone) form.clearErrors("root");
  }, [form, aboutFieldsDone]);

  const submit = form.handleSubmit(
    async (request) => {
      try {
        await onSubmit(request);
      } catch (error) {
        showFailure(form, error);
      }
    },
    () => {
      if (checkMessage) showMessage(form, checkMessage, "fields");
    },
  );

  return (
    <FormProvider {...form}>
      <MessageRef value={messageRef}>
        <form
          ref={formRef}
          noValidate
          {...attributes}
          onSubmit={async (event) => {
            event.preventDefault();
            // A double click sends once.
            if (sending.current) return;
            sending.current = true;
            try {
              await submit(event);
            } finally {
              sending.current = false;
            }
          }}
        >
          {children}
        </form>
      </MessageRef>
    </FormProvider>
  );
}

/** The form's one sentence (why it was not sent), where the form places it. */
export function FormMessage() {
  const { errors } = useFormState();
  const ref = useContext(MessageRef);
  const message = errors.root?.message;
  return message ? (
    <Alert tone="error" ref={ref ?? undefined}>
      {message}
    </Alert>
  ) : null;
}

/**
 * The submit button, saying so while the request runs (`pending`: longer, e.g. until the page
 * has re-rendered). Not `disabled`: the button keeps the focus; Form sends once meanwhile.
 */
export function SubmitButton({
  label,
  pendingLabel,
  pending = false,
  className = "",
  variant,
}: {
  label: string;
  pendingLabel: string;
  pending?: boolean;
  className?: string;
  variant?: "primary" | "danger";
}) {
  const { isSubmitting } = useFormState();
  const busy = isSubmitting || pending;
  return (
    <Button
      type="submit"
      variant={variant}
      aria-disabled={busy || undefined}
      className={`aria-disabled:cursor-wait aria-disabled:opacity-60 ${className}`}
    >
      {busy ? pendingLabel : label}
    </Button>
  );
}
