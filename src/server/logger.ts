import "server-only";

/**
 * Structured logs on stdout. Callers pass identifiers and error objects, never what a person
 * typed. Errors keep their name, message and stack here, server-side only.
 */
type Fields = Record<string, unknown>;

// Prisma's messages quote the query's arguments, which may be a client's words: keep the code only.
function describeError(error: Error): Fields {
  if (error.name.startsWith("PrismaClient")) {
    return { name: error.name, code: (error as { code?: string }).code };
  }
  return { name: error.name, message: error.message, stack: error.stack };
}

function serialise(fields: Fields): Fields {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      value instanceof Error ? describeError(value) : value,
    ]),
  );
}

function write(level: "info" | "warn" | "error", message: string, fields: Fields = {}) {
  const line = JSON.stringify({
    level,
    time: new Date().toISOString(),
    message,
    ...serialise(fields),
  });
  if (level === "error") console.error(line);
  else console.log(line);
}

export const logger = {
  info: (message: string, fields?: Fields) => write("info", message, fields),
  warn: (message: string, fields?: Fields) => write("warn", message, fields),
  error: (message: string, fields?: Fields) => write("error", message, fields),
};
