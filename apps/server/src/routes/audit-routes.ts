import type { FastifyInstance } from "fastify";
import { ENDPOINTS } from "@kaart/contract";
import { listAudit } from "../audit/audit-log";
import { authorizeWorkspace } from "../auth/authorize";
import { route } from "../http/route";
import type { ServerContext } from "../server-context";

/** The workspace audit log, for owners. Events are written by the routes that make the changes. */
export function auditRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  route(app, ctx, ENDPOINTS.listAuditEvents, async ({ params, query }, { actor }) => {
    await authorizeWorkspace(db, actor, params.workspaceId, "owner");
    return listAudit(db, params.workspaceId, query);
  });
}
