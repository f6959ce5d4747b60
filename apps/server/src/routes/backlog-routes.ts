import type { FastifyInstance } from "fastify";
import { ENDPOINTS } from "@kaart/contract";
import { authorizeWorkspace } from "../auth/authorize";
import { route } from "../http/route";
import { backlogItemsOf } from "../maps/backlog-items";
import { queryBacklog } from "../maps/backlog-query";
import { readMapDocument } from "../maps/map-documents";
import type { ServerContext } from "../server-context";

/**
 * The workspace backlog: pain points and opportunities of every active map (not archived, not in
 * the bin). Documents are read from the stored state per request; decoded documents are cached by
 * stored version in `readMapDocument`, so a repeated request decodes only maps that changed.
 */
export function backlogRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;

  route(app, ctx, ENDPOINTS.listBacklog, async ({ params, query }, { actor }) => {
    await authorizeWorkspace(db, actor, params.workspaceId, "viewer");
    let maps = db.selectFrom("maps").select(["id"]).where("workspace_id", "=", params.workspaceId).where("deleted_at", "is", null).where("archived_at", "is", null);
    if (query.mapId) maps = maps.where("id", "=", query.mapId);
    const items = [];
    for (const { id } of await maps.orderBy("updated_at", "desc").orderBy("id").execute()) items.push(...backlogItemsOf(await readMapDocument(db, id)));
    const matching = queryBacklog(items, query);
    return { items: matching.slice(0, query.limit), total: matching.length };
  });
}
