/**
 * Starts the Kaart server: configuration from the environment, the database (created and
 * migrated on first start), the demo seed, the HTTP API and the collaboration socket.
 */
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { buildApp } from "./app";
import { systemClock } from "./clock";
import { configFromEnv } from "./config";
import { loadSecret } from "./secret";
import { seedDemo } from "./seed/demo-seed";
import { openDatabase } from "./storage/open-database";
import { mountCollab } from "./collab/mount-collab";

// V8 drops the compiled code of functions left unused over a few collections; a server answers
// an event-log query after any idle spell, and its scan kernels would then be compiled again
// while they run (a 10 M-event funnel: 91–131 ms instead of 63–65). The flag is read at each
// collection, so setting it here, before any log is read, is enough.
setFlagsFromString("--no-flush-bytecode");

const config = configFromEnv(process.env);
const { secret } = loadSecret(config.dataDir, config.secret);
const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
const demo = await seedDemo(database.db, systemClock.now().toISOString());
const localUrl = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${config.port}`;
const { app } = await buildApp({
  database,
  clock: systemClock,
  secret,
  publicUrl: config.publicUrl ?? localUrl,
  webDist: config.webDist,
  logger: process.env.KAART_LOG === "1",
  redisUrl: config.redisUrl,
  collab: mountCollab({ redisUrl: config.redisUrl }),
  eventLogs: { dir: join(config.dataDir, "event-logs") },
  assets: { dir: join(config.dataDir, "assets") },
});
await app.listen({ host: config.host, port: config.port });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : config.port;
const url = config.publicUrl ?? `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
// One write, credentials first: whoever waits for the URL line has the credentials too.
const lines = [
  ...(demo ? [`First start: sign in as ${demo.email} with password ${demo.password} (shown once; change it in settings)`] : []),
  `Kaart is running at ${url} (${database.dialect === "postgres" ? "PostgreSQL" : `SQLite in ${config.dataDir}`})`,
];
console.log(lines.join("\n"));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void app.close().then(() => database.close()).finally(() => process.exit(0));
  });
}
