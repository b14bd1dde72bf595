import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

/**
 * The embedded default's mail server: maildev (SMTP plus a web inbox), bound to 127.0.0.1, in a
 * child process of its own (its module installs signal handlers that would end the launcher).
 * The app sends to it over SMTP exactly as to a real server. Ports follow the app's PORT, so a
 * second instance on another port gets its own: PORT + 25 for SMTP, PORT + 80 for the inbox.
 */
export const mailCatcherPorts = (appPort: number) => ({ smtp: appPort + 25, inbox: appPort + 80 });

export type MailCatcher = { smtpUrl: string; inboxUrl: string; stop: () => Promise<void> };

function assertFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () =>
      reject(
        new Error(
          `port ${port} (${what}) is in use. Start on another PORT, or set SMTP_URL to use a mail server of your own.`,
        ),
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

export async function startMailCatcher(options: {
  appPort: number;
  dataDir: string;
}): Promise<MailCatcher> {
  const { smtp, inbox } = mailCatcherPorts(options.appPort);
  await assertFree(smtp, "the local mail catcher's SMTP");
  await assertFree(inbox, "the local mail catcher's inbox");
  const mailDir = path.join(options.dataDir, "mail");
  mkdirSync(mailDir, { recursive: true });
  const bin = createRequire(import.meta.url).resolve("maildev/bin/maildev");
  const child = spawn(
    process.execPath,
    [bin, "--ip", "127.0.0.1", "--smtp", String(smtp), "--web", String(inbox)].concat([
      "--mail-directory",
      mailDir,
      "--silent",
    ]),
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const inboxUrl = `http://127.0.0.1:${inbox}`;
  for (let i = 0; ; i++) {
    const early = await Promise.race([exited, new Promise((r) => setTimeout(r, 100, "running"))]);
    if (early !== "running")
      throw new Error(`the local mail catcher stopped at start (exit ${early})`);
    const up = await fetch(`${inboxUrl}/email`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 200) {
      child.kill();
      throw new Error("the local mail catcher did not start within 20 s");
    }
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtp}`,
    inboxUrl,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
