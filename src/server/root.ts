import { accountRouter } from "~/features/account/router";
import { assignmentsRouter } from "~/features/assignments/router";
import { clientsRouter } from "~/features/clients/router";
import { invitationsRouter } from "~/features/invitations/router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  assignments: assignmentsRouter,
  clients: clientsRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
