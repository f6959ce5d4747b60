import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { CSRF_HEADER, SESSION_COOKIE } from "@kaart/contract";
import { buildApp } from "../app";
import { manualClock } from "../clock";
import { mountCollab } from "../collab/mount-collab";
import type { ServerContext } from "../server-context";
import { openDatabase } from "../storage/open-database";
import { testDatabase, type TestDatabase, type TestDialect } from "./test-databases";

export interface TestServer {
  url: string;
  app: FastifyInstance;
  ctx: ServerContext;
  clock: ReturnType<typeof manualClock>;
  dataDir: string;
  databaseUrl?: string;
  close(): Promise<void>;
}

/** A real server on a loopback port chosen by the OS, a throwaway database and a manual clock. */
export async function startTestServer(dialect: TestDialect, opts: { collab?: boolean; redisUrl?: string; sharing?: TestServer; webDist?: string } = {}): Promise<TestServer> {
  const { database, dataDir, databaseUrl, drop } = opts.sharing ? await sharedDatabase(opts.sharing) : await testDatabase(dialect);
  const clock = manualClock();
  const { app, ctx } = await buildApp({
    database,
    clock,
    secret: "test-secret-test-secret-test-secret-0123",
    publicUrl: "http://127.0.0.1",
    webDist: opts.webDist ?? "/nonexistent",
    redisUrl: opts.redisUrl,
    collab: opts.collab ? mountCollab({ redisUrl: opts.redisUrl }) : undefined,
    eventLogs: { dir: join(dataDir, "event-logs") },
    assets: { dir: join(dataDir, "assets") },
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return { url, app, ctx, clock, dataDir, databaseUrl, close: async () => void (await app.close(), await drop()) };
}

/** A second connection to another test server's database, as a second instance would have. */
async function sharedDatabase(other: TestServer): Promise<TestDatabase> {
  const database = await openDatabase({ dataDir: other.dataDir, databaseUrl: other.databaseUrl });
  return { database, dataDir: other.dataDir, databaseUrl: other.databaseUrl, drop: () => database.close() };
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A browser-like caller: keeps the session cookie and echoes the CSRF token on writes, or sends a
 * Bearer token instead. `raw` sends a body as given (for malformed JSON tests).
 */
export class Caller {
  cookie?: string;
  csrf?: string;
  token?: string;
  constructor(readonly baseUrl: string) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert response bodies field by field
  async send<T = any>(method: string, path: string, body?: unknown, opts: { raw?: string; headers?: Record<string, string>; noCsrf?: boolean } = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (this.csrf && method !== "GET" && !opts.noCsrf) headers[CSRF_HEADER] = this.csrf;
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const payload = opts.raw ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined && !headers["content-type"]) headers["content-type"] = "application/json";
    const res = await fetch(this.baseUrl + path, { method, headers, body: payload });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (setCookie) this.cookie = setCookie.slice(SESSION_COOKIE.length + 1).split(";")[0] || undefined;
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    if (parsed && typeof parsed === "object" && "csrfToken" in parsed && typeof parsed.csrfToken === "string") this.csrf = parsed.csrfToken;
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
}

/** Signs up (or logs in) a fresh caller. */
export async function signedIn(server: TestServer, email: string, extra: { invitationToken?: string } = {}): Promise<Caller & { userId: string }> {
  const c = new Caller(server.url);
  const r = await c.send("POST", "/api/auth/signup", { email, name: email.split("@")[0], password: "correct horse battery", ...extra });
  if (r.status !== 201) throw new Error(`sign-up of ${email} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return Object.assign(c, { userId: r.body.user.id as string });
}
