import type { FastifyInstance } from "fastify";
import { ENDPOINTS, openApiDocument } from "@kaart/contract";
import { route } from "../http/route";
import type { ServerContext } from "../server-context";

/** Liveness and the OpenAPI document (made once from the contract's schemas). */
export function metaRoutes(app: FastifyInstance, ctx: ServerContext): void {
  route(app, ctx, ENDPOINTS.health, async () => ({ status: "ok" as const }));
  const openapi = JSON.stringify(openApiDocument());
  app.get("/api/openapi.json", async (_req, reply) => reply.type("application/json").send(openapi));
}
