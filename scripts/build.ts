/** npm run build: `next build`, then remember what was built (see scripts/lib/build-stamp.ts). */
import { runNextBuild } from "./lib/next-build";

runNextBuild().then(
  () => process.exit(0),
  () => process.exit(1),
);
