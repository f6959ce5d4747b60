import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { ENDPOINTS } from "@kaart/contract";
import { emptyDocument, instantiateTemplate, newId, validateDocument, type JourneyDocument } from "@kaart/core";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/audit-log";
import { authorizeMap, authorizeWorkspace } from "../auth/authorize";
import { documentCodec } from "../features/document-codec";
import { readImport } from "../features/map-formats";
import { ApiError, notFound } from "../http/api-error";
import { route } from "../http/route";
import { insertMap, readMapDocument, readMapDocumentJson } from "../maps/map-documents";
import { presentMap, presentMapWithDocument } from "../maps/present-map";
import type { ServerContext } from "../server-context";
import type { Db } from "../storage/open-database";
import { exportRoute } from "./map-export-route";

/** `%`, `_` and `\` match themselves in a search. */
function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function mapRow(db: Db, id: string) {
  const row = await db.selectFrom("maps").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("map");
  return row;
}

/** A fresh copy of `doc` under a new map id (ids inside a map are local to it, so only the map id changes). */
export function withNewMapId(doc: JourneyDocument, nowIso: string, title?: string): JourneyDocument {
  return { ...doc, map: { ...doc.map, id: newId("map"), title: title ?? doc.map.title, createdAt: nowIso, updatedAt: nowIso } };
}

function newMapDocument(body: { title: string; templateId?: string; lang?: string }, nowIso: string): JourneyDocument {
  if (!body.templateId) return emptyDocument({ mapId: newId("map"), title: body.title, now: nowIso, sourceLocale: body.lang });
  const r = instantiateTemplate(body.templateId, { lang: body.lang ?? "en", now: nowIso });
  if (!r.ok) throw new ApiError(r.error.code === "not_found" ? "not_found" : "invalid_request", r.error.message);
  return { ...r.value, map: { ...r.value.map, title: body.title } };
}

/** Maps: create, import, list and search, read, replace, duplicate, archive, bin and restore. */
export function mapRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  const nowIso = () => ctx.clock.now().toISOString();

  route(app, ctx, ENDPOINTS.listMaps, async ({ params, query }, { actor }) => {
    await authorizeWorkspace(db, actor, params.workspaceId, "viewer");
    let q = db.selectFrom("maps").selectAll().where("workspace_id", "=", params.workspaceId);
    if (query.include === "deleted") q = q.where("deleted_at", "is not", null);
    else q = q.where("deleted_at", "is", null).where("archived_at", query.include === "archived" ? "is not" : "is", null);
    if (query.q) q = q.where(sql<boolean>`search_text like ${likePattern(query.q)} escape '\\'`);
    return (await q.orderBy("updated_at", "desc").limit(500).execute()).map(presentMap);
  });

  route(app, ctx, ENDPOINTS.createMap, async ({ params, body }, { actor }) =>
    db.transaction().execute(async (trx) => {
      await authorizeWorkspace(trx, actor, params.workspaceId, "editor");
      const doc = newMapDocument(body, nowIso());
      await insertMap(trx, { workspaceId: params.workspaceId, doc, createdBy: actor.userId, nowIso: nowIso() });
      return presentMap(await mapRow(trx, doc.map.id));
    }),
  );

  route(
    app,
    ctx,
    ENDPOINTS.importMap,
    async ({ params, body }, { actor }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "editor");
      const read = readImport(body.format, body.content, nowIso());
      if (!read.ok) throw new ApiError("invalid_document", read.errors.map((e) => e.message).join("; "), read.errors.map((e) => ({ path: e.pointer ?? (e.line ? `line ${e.line}` : ""), message: `${e.code}: ${e.message}` })));
      const checked = validateDocument(read.document);
      if (!checked.ok) throw new ApiError("invalid_document", "the file is not a valid journey", checked.issues.map((i) => ({ path: i.pointer, message: i.message })));
      const doc = withNewMapId(checked.document, nowIso(), body.title);
      return db.transaction().execute(async (trx) => {
        await insertMap(trx, { workspaceId: params.workspaceId, doc, createdBy: actor.userId, nowIso: nowIso() });
        return presentMap(await mapRow(trx, doc.map.id));
      });
    },
    { bodyLimit: 6 * 1024 * 1024 },
  );

  route(app, ctx, ENDPOINTS.getMap, async ({ params }, { actor }) => {
    const { map } = await authorizeMap(db, actor, params.mapId, "viewer");
    return presentMapWithDocument(map, await readMapDocumentJson(db, params.mapId));
  });

  route(
    app,
    ctx,
    ENDPOINTS.replaceDocument,
    async ({ params, body }, { actor }) => {
      await authorizeMap(db, actor, params.mapId, "editor");
      const checked = validateDocument(body.document);
      if (!checked.ok) throw new ApiError("invalid_document", "the document is not valid", checked.issues.map((i) => ({ path: i.pointer, message: i.message })));
      if (checked.document.map.id !== params.mapId) throw new ApiError("invalid_document", "the document's map id differs from the map's", [{ path: "/map/id", message: "must equal the map id in the URL" }]);
      await ctx.documents.change(params.mapId, (ydoc) => documentCodec.write(checked.document, ydoc));
      return presentMap(await mapRow(db, params.mapId));
    },
    { bodyLimit: 6 * 1024 * 1024 },
  );

  route(app, ctx, ENDPOINTS.duplicateMap, async ({ params, body }, { actor }) => {
    const { map } = await authorizeMap(db, actor, params.mapId, "editor");
    const source = await readMapDocument(db, params.mapId);
    const doc = withNewMapId(source, nowIso(), body.title ?? `${source.map.title} (copy)`.slice(0, 500));
    doc.map = { ...doc.map, derivedFrom: { mapId: source.map.id, relation: "copy" } };
    return db.transaction().execute(async (trx) => {
      await insertMap(trx, { workspaceId: map.workspace_id, doc, createdBy: actor.userId, nowIso: nowIso() });
      return presentMap(await mapRow(trx, doc.map.id));
    });
  });

  const setFlag = (column: "archived_at" | "deleted_at", on: boolean) => async ({ params }: { params: { mapId: string } }, { actor }: { actor: Actor }) =>
    db.transaction().execute(async (trx) => {
      const { map } = await authorizeMap(trx, actor, params.mapId, "editor", { inBin: column === "deleted_at" && !on });
      await trx.updateTable("maps").set({ [column]: on ? nowIso() : null }).where("id", "=", params.mapId).execute();
      const action = column === "deleted_at" ? (on ? "map.deleted" : "map.restored") : on ? "map.archived" : "map.unarchived";
      await recordAudit(trx, { action, workspaceId: map.workspace_id, actorId: actor.userId, target: { type: "map", id: map.id }, detail: { title: map.title }, nowIso: nowIso() });
      return presentMap(await mapRow(trx, params.mapId));
    });
  route(app, ctx, ENDPOINTS.archiveMap, setFlag("archived_at", true));
  route(app, ctx, ENDPOINTS.unarchiveMap, setFlag("archived_at", false));
  route(app, ctx, ENDPOINTS.deleteMap, setFlag("deleted_at", true));
  route(app, ctx, ENDPOINTS.restoreMap, setFlag("deleted_at", false));

  exportRoute(app, ctx);
}
