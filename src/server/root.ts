import "server-only";
import { accountRouter } from "~/features/account/router";
import { auditRouter } from "~/features/audit/router";
import { assignmentsRouter } from "~/features/assignments/router";
import { clientsRouter } from "~/features/clients/router";
import { exportRouter } from "~/features/export/router";
import { feedbackRouter } from "~/features/feedback/router";
import { flagsRouter, safetyPlanRouter } from "~/features/safety/router";
import { portalRouter } from "~/features/portal/router";
import { worksheetsRouter } from "~/features/worksheets/router";
import { ladderRouter } from "~/features/ladder/router";
import { progressRouter } from "~/features/progress/router";
import { templatesRouter } from "~/features/templates/router";
import { invitationsRouter } from "~/features/invitations/router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  audit: auditRouter,
  assignments: assignmentsRouter,
  clients: clientsRouter,
  export: exportRouter,
  feedback: feedbackRouter,
  flags: flagsRouter,
  safetyPlan: safetyPlanRouter,
  portal: portalRouter,
  worksheets: worksheetsRouter,
  ladder: ladderRouter,
  progress: progressRouter,
  templates: templatesRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
