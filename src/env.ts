import { z } from "zod";

/**
 * The one module that reads process.env. Parsed lazily, on first use, so that `next build`
 * (which imports route modules) needs neither a database nor a secret.
 */

const ZPort = z.coerce.number().int().min(1).max(65535);

// nodemailer's connection URL: smtp://user:pass@host:587 or smtps://host:465 (options as query).
const ZSmtpUrl = z
  .string()
  .regex(
    /^smtps?:\/\/[^/\s]+/,
    "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587",
  );

export const ZDatabaseEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "is required (a postgresql:// connection string)" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

/** http://localhost and the loopback addresses: where plain http is only ever local. */
export function isLocalUrl(url: string): boolean {
  try {
    const { hostname } = new URL(url);
    return (
      ["localhost", "127.0.0.1", "[::1]"].includes(hostname) || hostname.endsWith(".localhost")
    );
  } catch {
    return false;
  }
}

export const ZServerEnvSchema = ZDatabaseEnvSchema.extend({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AUTH_SECRET: z
    .string({ error: "is required (32+ random characters, e.g. `openssl rand -base64 32`)" })
    .min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)"),
  APP_URL: z.url({ error: "must be an absolute http(s) URL" }).default("http://localhost:3000"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  CRISIS_RESOURCES_URL: z.url().default("https://findahelpline.com"),
  // Only the workers send mail; the web server only writes the outbox.
  SMTP_URL: ZSmtpUrl.optional(),
  MAIL_FROM: z.string().min(3).default("Trust Steps <no-reply@trust-steps.invalid>"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(5),
  // "true": every therapist sets up two-step sign-in (an authenticator app) before anything else.
  REQUIRE_TWO_STEP_FOR_THERAPISTS: z.enum(["true", "false"]).default("false"),
}).superRefine((env, ctx) => {
  // Session cookies and the links in emails travel over APP_URL: never in clear text on a network.
  if (
    env.NODE_ENV === "production" &&
    env.APP_URL.startsWith("http:") &&
    !isLocalUrl(env.APP_URL)
  ) {
    ctx.addIssue({
      code: "custom",
      path: ["APP_URL"],
      message:
        "must be an https:// URL in production (plain http:// only on localhost): sign-in cookies and the links in emails travel over it",
    });
  }
});
export type TServerEnv = z.infer<typeof ZServerEnvSchema>;

/** What the launcher (scripts/start.ts) needs before the server env exists. */
export const ZLaunchEnvSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  AUTH_SECRET: z.string().optional(),
  APP_URL: z.string().optional(),
  PORT: ZPort.default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  // How often the workers plan occurrences ahead and finish homework that is long over
  // (a cron step: 1-60 minutes).
  PLAN_AHEAD_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  SMTP_URL: ZSmtpUrl.optional(),
  // Proxies in front of the app that each append to X-Forwarded-For (0: clients connect directly).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // "false": this instance only serves pages; run `npm run worker` somewhere.
  START_WORKERS: z.enum(["true", "false"]).default("true"),
});
export type TLaunchEnv = z.infer<typeof ZLaunchEnvSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

type Source = Record<string, string | undefined>;

/** Empty strings count as unset, as in most deployment tools. */
function withoutEmpty(source: Source): Source {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
}

function parseWith<T extends z.ZodType>(schema: T, source: Source): z.infer<T> {
  const result = schema.safeParse(withoutEmpty(source));
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new EnvError(`Invalid environment:\n${lines.join("\n")}\nSee .env.example.`);
}

export const parseServerEnv = (source: Source) => parseWith(ZServerEnvSchema, source);
export const readLaunchEnv = () => parseWith(ZLaunchEnvSchema, process.env);

let cached: TServerEnv | undefined;

/** Only what the database client needs: scripts such as db:seed run without the app's secrets. */
export const getDatabaseEnv = () => parseWith(ZDatabaseEnvSchema, process.env);

export function getEnv(): TServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** `env.X` reads the validated value; the first read validates the whole environment. */
export const env: TServerEnv = new Proxy({} as TServerEnv, {
  get: (_target, key) => getEnv()[key as keyof TServerEnv],
});

/** Called once when the Next server boots (src/instrumentation.ts); builds skip it. */
export function validateEnvAtServerStart(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  getEnv();
}
