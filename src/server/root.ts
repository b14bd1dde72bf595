import { accountRouter } from "~/features/account/router";
import { clientsRouter } from "~/features/clients/router";
import { templatesRouter } from "~/features/templates/router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  clients: clientsRouter,
  templates: templatesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
