/**
 * The HTTP benchmark's lower bound for `portal.home`: node:http and pg, no framework. It checks
 * the session as the app does (one live-session row, by the id in the X-Bench-Session header) and
 * answers the client's portal home, read by the bench's hand-written SQL, as JSON.
 * usage: tsx bench/bare-server.ts <port> <database url> <session idle minutes>
 */
import { createServer } from "node:http";
import pg from "pg";
import { baselinePortalHome } from "./portal";
import { benchPgTypes } from "./pg-types";

const [port, databaseUrl, idleMinutes] = process.argv.slice(2);
const pool = new pg.Pool({
  connectionString: databaseUrl,
  max: 10,
  types: benchPgTypes,
  options: "-c jit=off",
});
const query = (text: string, values: unknown[]) => pool.query(text, values);

const SESSION_SQL = `
  SELECT u.id, u."timeZone" FROM "Session" s JOIN "User" u ON u.id = s."userId"
  WHERE s.id = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > $2
    AND s."lastSeenAt" > $2::timestamp - make_interval(mins => $3) AND u.role = 'CLIENT'`;

createServer(async (req, res) => {
  try {
    const now = new Date();
    const sessionId = req.headers["x-bench-session"];
    const { rows } = await pool.query<{ id: string; timeZone: string }>(SESSION_SQL, [
      sessionId,
      now,
      Number(idleMinutes),
    ]);
    const client = rows[0];
    if (!client) {
      res.writeHead(401).end();
      return;
    }
    const home = await baselinePortalHome(
      query,
      { userId: client.id, timeZone: client.timeZone },
      now,
    );
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(home));
  } catch (error) {
    console.error(error);
    res.writeHead(500).end();
  }
}).listen(Number(port));
