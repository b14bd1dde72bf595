import "server-only";
import { logger } from "~/server/logger";
import { topUpOccurrences } from "./mutations/planning";

/**
 * Every `intervalMinutes`, plans all homework's occurrences 14 days ahead and finishes homework
 * whose schedule is long over. With the launcher's run at start, it alone moves the window on:
 * pages and queries never write, and show what the last run planned. Runs never overlap;
 * a failed one is logged (it handles ids and schedules, never client text) and the next one
 * tries again.
 * `stop` ends the timer and waits for a run in progress, so the database can be closed after it.
 */
export function startTopUpTimer(intervalMinutes: number): { stop: () => Promise<void> } {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= topUpOccurrences(new Date())
      .then((done) => {
        if (done.assignments > 0 || done.completed > 0) logger.info("planned ahead", done);
      })
      .catch((error: unknown) => logger.error("planning ahead failed", { error }))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(run, intervalMinutes * 60_000);
  // The web server decides when the process ends, never this timer.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
