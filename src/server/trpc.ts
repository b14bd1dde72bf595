import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { decideProcedureAccess } from "./auth/access";
import type { TActor, TClientActor, TTherapistActor } from "./auth/actor";
import { AppError, fieldErrorsFor } from "./errors";

export type TRequestMeta = { ip?: string; userAgent?: string };
export type TContext = { actor: TActor | null; meta: TRequestMeta };

const GENERIC_FAILURE =
  "Something went wrong on our side. Nothing you typed was lost; please try again.";

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  // What a client may see of an error: the code, a plain sentence and field errors keyed by their
  // full path. Never a stack, never the input.
  errorFormatter({ shape, error }) {
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const message = internal
      ? GENERIC_FAILURE
      : error.cause instanceof ZodError
        ? "Some answers need another look."
        : error.message;
    return {
      message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: internal ? undefined : fieldErrorsFor(error.cause),
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** Domain code throws AppError; this is the one place that turns it into a tRPC error. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.userMessage, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (decideProcedureAccess(ctx.actor, "ANY") !== "ok" || !ctx.actor) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "Your session has ended. Please sign in again.",
    });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

const FORBIDDEN = "This part of the app is not available to your account.";

export const therapistProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (decideProcedureAccess(ctx.actor, "THERAPIST") !== "ok") {
    throw new TRPCError({ code: "FORBIDDEN", message: FORBIDDEN });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor as TTherapistActor } });
});

export const clientProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (decideProcedureAccess(ctx.actor, "CLIENT") !== "ok") {
    throw new TRPCError({ code: "FORBIDDEN", message: FORBIDDEN });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor as TClientActor } });
});
