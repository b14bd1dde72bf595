import { z } from "zod";

/**
 * A form's values made into the request by `toRequest`, then checked by the request's schema.
 * Loaded with the form's schema (components/ui/form asRequest), never with the page.
 */
export const requestSchemaOf = <TValues, TRequest>(
  toRequest: (values: TValues) => unknown,
  schema: z.ZodType<TRequest>,
): z.ZodType<TRequest, TValues> => z.custom<TValues>().transform(toRequest).pipe(schema);
