import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { decideProcedureAccess } from "./auth/access";
import type { TActor, TClientActor, TTherapistActor } from "./auth/actor";
import { recordCommittedEvent, recordNamedBy } from "./audit";
import { AppError, fieldErrorsFor } from "./errors";

export type TRequestMeta = { ip?: string; userAgent?: string };
export type TContext = { actor: TActor | null; meta: TRequestMeta };
/** `audit: false`: a mutation too frequent and too slight for the audit log (autosaved drafts). */
export type TProcedureMeta = { audit?: false };

const GENERIC_FAILURE =
  "Something went wrong on our side. Nothing you typed was lost; please try again.";

const t = initTRPC
  .context<TContext>()
  .meta<TProcedureMeta>()
  .create({
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

/**
 * Every change a signed-in person makes goes into the audit log, after it succeeded: the
 * procedure's path, the record its input (or, for a creation, its answer) names, and the client
 * whose record it is when that is known.
 */
const auditMutations = t.middleware(async ({ type, path, ctx, meta, getRawInput, next }) => {
  const result = await next();
  if (type !== "mutation" || meta?.audit === false || !result.ok || !ctx.actor) return result;
  const input = await getRawInput().catch(() => undefined);
  const record = recordNamedBy(input, result.data) ?? {
    entity: "account",
    entityId: ctx.actor.userId,
  };
  const named = (input as { clientId?: unknown } | undefined)?.clientId;
  const clientId =
    ctx.actor.role === "CLIENT" ? ctx.actor.userId : typeof named === "string" ? named : null;
  await recordCommittedEvent(ctx.actor, { action: path, ...record, clientId }, ctx.meta);
  return result;
});

export const protectedProcedure = publicProcedure
  .use(({ ctx, next }) => {
    if (decideProcedureAccess(ctx.actor, "ANY") !== "ok" || !ctx.actor) {
      throw new TRPCError({
        code: "UNAUTHORIZED",
        message: "Your session has ended. Please sign in again.",
      });
    }
    return next({ ctx: { ...ctx, actor: ctx.actor } });
  })
  .use(auditMutations);

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
