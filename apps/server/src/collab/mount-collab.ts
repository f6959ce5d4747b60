import type { FastifyInstance } from "fastify";
import fastifyWebsocket from "@fastify/websocket";
import { Hocuspocus, type connectedPayload } from "@hocuspocus/server";
import { Redis } from "@hocuspocus/extension-redis";
import type { ServerContext } from "../server-context";
import { announceStateless } from "./announce-stateless";
import { authenticateCollab, type CollabContext } from "./collab-auth";
import { liveDocumentWriter } from "./live-document-writer";
import { mapPersistence } from "./map-persistence";
import { SocketRegistry } from "./socket-registry";

/** 4403: the upgrade came from a page on another origin than PUBLIC_URL. */
const WRONG_ORIGIN = 4403;

function redisExtension(redisUrl: string): Redis {
  const url = new URL(redisUrl);
  return new Redis({ host: url.hostname, port: Number(url.port || 6379), options: { password: url.password || undefined } });
}

/**
 * Mounts Hocuspocus at `/collab` in the same Fastify server: one Yjs document per map, named by
 * the map id (`map:…`). With `redisUrl` several instances share documents through Redis.
 * Replaces the context's socket closer and document writer with live ones.
 */
export function mountCollab(opts: { redisUrl?: string }): (app: FastifyInstance, ctx: ServerContext) => Promise<void> {
  return async (app, ctx) => {
    const registry = new SocketRegistry();
    const allowedOrigin = new URL(ctx.publicUrl).origin;
    const persistence = mapPersistence(ctx.database.db, ctx.clock);
    const redis = opts.redisUrl ? redisExtension(opts.redisUrl) : undefined;
    const hocuspocus = new Hocuspocus({
      quiet: true,
      debounce: 2_000,
      maxDebounce: 10_000,
      extensions: [persistence, ...(redis ? [redis] : [])],
      onAuthenticate: (payload) => authenticateCollab(ctx, payload, (payload.context as { cookies?: Record<string, string | undefined> }).cookies ?? {}),
      async connected({ connection, context }: connectedPayload) {
        const c = context as Partial<CollabContext>;
        if (!c.userId || !c.workspaceId) return;
        registry.add(connection, { userId: c.userId, workspaceId: c.workspaceId, sessionHash: c.sessionHash, tokenId: c.tokenId });
        connection.onClose(() => registry.remove(connection));
      },
    });
    await app.register(fastifyWebsocket, { options: { maxPayload: 8 * 1024 * 1024 } });
    app.get("/collab", { websocket: true }, (socket, req) => {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== allowedOrigin) {
        socket.close(WRONG_ORIGIN, "origin not allowed");
        return;
      }
      hocuspocus.handleConnection(socket, req.raw, { cookies: req.cookies });
    });
    ctx.sockets = registry;
    ctx.documents = liveDocumentWriter(hocuspocus, ctx.database.db, ctx.clock);
    ctx.broadcast = (mapId, message) => announceStateless(hocuspocus, redis, mapId, message);
    // Before the database closes: pending debounced stores run now, and Redis disconnects.
    app.addHook("onClose", async () => {
      hocuspocus.closeConnections();
      for (const document of [...hocuspocus.documents.values()]) {
        const id = `onStoreDocument-${document.name}`;
        if (hocuspocus.debouncer.isDebounced(id)) await hocuspocus.debouncer.executeNow(id);
      }
      // Unloading documents may have started stores of their own; let them finish.
      await new Promise((r) => setImmediate(r));
      await persistence.settled();
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
    });
  };
}
