import { accountRouter } from "~/features/account/router";
import { clientsRouter } from "~/features/clients/router";
import { ladderRouter } from "~/features/ladder/router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  clients: clientsRouter,
  ladder: ladderRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
