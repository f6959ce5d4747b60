import { resolve } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import fastifyCookie from "@fastify/cookie";
import type { Clock } from "./clock";
import { LoginLimiter } from "./auth/login-limiter";
import { RedisLoginLimiter } from "./auth/redis-login-limiter";
import { installErrorHandling, installNotFound } from "./http/error-handler";
import { installSecurityHeaders } from "./http/security-headers";
import { serveWebApp } from "./http/web-app";
import { storedDocumentWriter } from "./maps/map-documents";
import { eventLogRoutes, type EventLogOptions } from "./event-logs/event-log-routes";
import { authRoutes } from "./routes/auth-routes";
import { backlogRoutes } from "./routes/backlog-routes";
import { libraryRoutes } from "./routes/library-routes";
import { auditRoutes } from "./routes/audit-routes";
import { assetRoutes, type AssetOptions } from "./routes/asset-routes";
import { notificationRoutes } from "./routes/notification-routes";
import { accountRoutes } from "./routes/account-routes";
import { commentRoutes } from "./routes/comment-routes";
import { instanceSettingsRoutes } from "./routes/instance-settings";
import { mapRoutes } from "./routes/map-routes";
import { mapImportXlsxRoute } from "./routes/map-import-xlsx-route";
import { metaRoutes } from "./routes/meta-routes";
import { shareRoutes } from "./routes/share-routes";
import { versionRoutes } from "./routes/version-routes";
import { workspaceRoutes } from "./routes/workspace-routes";
import { invitationRoutes } from "./routes/invitation-routes";
import type { ServerContext, SocketCloser } from "./server-context";
import type { Database } from "./storage/open-database";

export interface AppOptions {
  database: Database;
  clock: Clock;
  secret: string;
  publicUrl: string;
  /** Folder of the built web app; not served when it has no index.html. */
  webDist?: string;
  logger?: boolean;
  /** Several instances: their log-in limits are shared through this Redis (else each counts on its own). */
  redisUrl?: string;
  /** Hooks a collaboration server into the app (mounts `/collab`, supplies live document writes). */
  collab?: (app: FastifyInstance, ctx: ServerContext) => Promise<void>;
  /** Where uploaded event logs are kept (default `./data/event-logs`) and their size limit. */
  eventLogs?: EventLogOptions;
  /** Where uploaded images are kept (default `./data/assets`) and their size limit. */
  assets?: AssetOptions;
}

const NO_SOCKETS: SocketCloser = { closeUser: () => {}, closeSession: () => {}, closeToken: () => {} };

/**
 * Builds the Fastify app with every route; does not listen. Tests call it with a temp database
 * and a manual clock; `main.ts` calls it with the real ones.
 *
 * @example
 * const app = await buildApp({ database, clock: systemClock, secret, publicUrl: "http://127.0.0.1:4321" });
 * await app.listen({ port: 0 });
 */
export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; ctx: ServerContext }> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: false });
  const ctx: ServerContext = {
    database: opts.database,
    clock: opts.clock,
    secret: opts.secret,
    publicUrl: opts.publicUrl,
    secureCookies: opts.publicUrl.startsWith("https://"),
    limiter: opts.redisUrl ? new RedisLoginLimiter(opts.redisUrl, opts.clock, opts.secret) : new LoginLimiter(opts.clock),
    sockets: NO_SOCKETS,
    documents: storedDocumentWriter(opts.database.db, () => opts.clock.now().toISOString()),
  };
  app.addHook("onClose", async () => ctx.limiter.close?.());
  installErrorHandling(app);
  installSecurityHeaders(app);
  await app.register(fastifyCookie);
  if (opts.collab) await opts.collab(app, ctx);
  metaRoutes(app, ctx);
  authRoutes(app, ctx);
  instanceSettingsRoutes(app, ctx);
  workspaceRoutes(app, ctx);
  invitationRoutes(app, ctx);
  mapRoutes(app, ctx);
  await app.register(mapImportXlsxRoute(ctx));
  versionRoutes(app, ctx);
  shareRoutes(app, ctx);
  backlogRoutes(app, ctx);
  await app.register(eventLogRoutes(ctx, opts.eventLogs ?? { dir: resolve("data/event-logs") }));
  libraryRoutes(app, ctx);
  auditRoutes(app, ctx);
  notificationRoutes(app, ctx);
  accountRoutes(app, ctx);
  commentRoutes(app, ctx);
  await app.register(assetRoutes(ctx, opts.assets ?? { dir: resolve("data/assets") }));
  installNotFound(app, await serveWebApp(app, resolve(opts.webDist ?? resolve(import.meta.dirname, "../../web/dist"))));
  return { app, ctx };
}
