import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { randomSecret } from "../../src/server/db/embedded";

/**
 * Secrets of the zero-configuration default, generated on first start and kept (mode 0600) in
 * the data folder next to the embedded database they belong to. Real deployments set them in
 * the environment instead.
 */
const ZSecretsSchema = z.object({
  postgresPassword: z.string().min(16),
  authSecret: z.string().min(32),
});
export type TSecrets = z.infer<typeof ZSecretsSchema>;

export async function loadOrCreateSecrets(dataDir: string): Promise<TSecrets> {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) {
    const parsed = ZSecretsSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (parsed.success) return parsed.data;
    throw new Error(`${file} is damaged; restore it from a backup (the database needs it).`);
  }
  const secrets: TSecrets = { postgresPassword: randomSecret(24), authSecret: randomSecret(32) };
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
