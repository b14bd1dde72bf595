import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { writeBuildStamp } from "./build-stamp";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

export function runNextBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit" });
    child.on("exit", (code) => {
      if (code === 0) {
        writeBuildStamp();
        resolve();
      } else reject(new Error(`next build exited with ${code}`));
    });
  });
}
