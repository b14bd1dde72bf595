import pg from "pg";

// timestamp(3) columns hold UTC wall-clock times: read them as UTC, as Prisma does.
const TIMESTAMP_OID = 1114;

/** pg's type parsers for the bench's hand-written SQL, reading timestamps as the app does. */
export const benchPgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
