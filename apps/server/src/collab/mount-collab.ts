import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../server-context";

/** Mounts the collaboration server at `/collab` (see collab-server.ts). */
export function mountCollab(_opts: { redisUrl?: string }): (app: FastifyInstance, ctx: ServerContext) => Promise<void> {
  return async () => {};
}
