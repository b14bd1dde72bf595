import { describe, expect, test } from "vitest";
import { EnvError, parseServerEnv, ZLaunchEnvSchema } from "./env";

const valid = {
  DATABASE_URL: "postgresql://app:app@localhost:5432/app",
  AUTH_SECRET: "x".repeat(32),
};

describe("server environment", () => {
  test("fills defaults for optional settings", () => {
    const env = parseServerEnv(valid);
    expect(env.SESSION_IDLE_MINUTES).toBe(30);
    expect(env.SESSION_MAX_HOURS).toBe(12);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.DATABASE_POOL_SIZE).toBe(10);
  });

  test("plain http is fine on localhost, and anywhere outside production", () => {
    for (const APP_URL of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
      expect(parseServerEnv({ ...valid, NODE_ENV: "production", APP_URL }).APP_URL).toBe(APP_URL);
    }
    const onNetwork = { ...valid, APP_URL: "http://therapy.example.org" };
    expect(parseServerEnv(onNetwork).APP_URL).toBe("http://therapy.example.org");
    const https = { ...valid, NODE_ENV: "production", APP_URL: "https://therapy.example.org" };
    expect(parseServerEnv(https).APP_URL).toBe("https://therapy.example.org");
  });

  test("coerces numbers from strings", () => {
    expect(parseServerEnv({ ...valid, SESSION_IDLE_MINUTES: "45" }).SESSION_IDLE_MINUTES).toBe(45);
  });

  test.each([
    ["DATABASE_URL", { AUTH_SECRET: valid.AUTH_SECRET }, /DATABASE_URL: is required/],
    ["AUTH_SECRET", { DATABASE_URL: valid.DATABASE_URL }, /AUTH_SECRET: is required/],
    ["an empty AUTH_SECRET", { ...valid, AUTH_SECRET: "" }, /AUTH_SECRET: is required/],
    ["a short AUTH_SECRET", { ...valid, AUTH_SECRET: "short" }, /AUTH_SECRET: must be at least 32/],
    [
      "a non-Postgres DATABASE_URL",
      { ...valid, DATABASE_URL: "mysql://x" },
      /DATABASE_URL: must be a postgresql/,
    ],
    ["a bad APP_URL", { ...valid, APP_URL: "not a url" }, /APP_URL: must be an absolute/],
    [
      "an http:// APP_URL on a network in production",
      { ...valid, NODE_ENV: "production", APP_URL: "http://therapy.example.org" },
      /APP_URL: must be an https:\/\/ URL in production/,
    ],
    ["a negative idle timeout", { ...valid, SESSION_IDLE_MINUTES: "-5" }, /SESSION_IDLE_MINUTES/],
    [
      "an SMTP_URL that is not smtp://",
      { ...valid, SMTP_URL: "mail.example.org" },
      /SMTP_URL: must be an smtp/,
    ],
  ])("names the variable when %s is missing or invalid", (_label, source, message) => {
    expect(() => parseServerEnv(source)).toThrow(EnvError);
    expect(() => parseServerEnv(source)).toThrow(message);
  });
});

describe("launcher environment", () => {
  test("plans ahead every 15 minutes unless told otherwise, and refuses nonsense", () => {
    expect(ZLaunchEnvSchema.parse({}).PLAN_AHEAD_MINUTES).toBe(15);
    expect(ZLaunchEnvSchema.parse({ PLAN_AHEAD_MINUTES: "5" }).PLAN_AHEAD_MINUTES).toBe(5);
    expect(ZLaunchEnvSchema.safeParse({ PLAN_AHEAD_MINUTES: "0" }).success).toBe(false);
    expect(ZLaunchEnvSchema.safeParse({ PLAN_AHEAD_MINUTES: "61" }).success).toBe(false);
  });

  test("starts the workers unless told otherwise, and checks SMTP_URL before anything starts", () => {
    expect(ZLaunchEnvSchema.parse({}).START_WORKERS).toBe("true");
    expect(ZLaunchEnvSchema.parse({ SMTP_URL: "smtps://u:p@mail.example.org:465" }).SMTP_URL).toBe(
      "smtps://u:p@mail.example.org:465",
    );
    expect(ZLaunchEnvSchema.safeParse({ SMTP_URL: "http://mail.example.org" }).success).toBe(false);
  });
});
