import type { FastifyInstance } from "fastify";
import { ENDPOINTS, personaFieldsSchema, workspaceTouchpointSchema } from "@kaart/contract";
import { recordAudit } from "../audit/audit-log";
import type { Actor } from "../auth/actor";
import { authorizeMap, authorizeWorkspace } from "../auth/authorize";
import { ApiError } from "../http/api-error";
import { route } from "../http/route";
import { PERSONAS, TOUCHPOINTS, type EntryFields, type LibraryKind } from "../library/library-kinds";
import { deleteEntry, getEntry, insertEntry, listEntries, replaceEntry, type Entry } from "../library/library-store";
import { addCopy, unlinkCopies, updateCopies, usesByEntry, type MapUse } from "../library/map-copies";
import type { ServerContext } from "../server-context";

const touchpointFields = workspaceTouchpointSchema.shape.touchpoint;

function base(entry: Entry, uses: MapUse[] = []) {
  return { id: entry.id, usedBy: uses.map((u) => ({ mapId: u.mapId, title: u.title })), createdAt: entry.createdAt, updatedAt: entry.updatedAt };
}
const asPersona = (entry: Entry, uses?: MapUse[]) => ({ ...base(entry, uses), persona: personaFieldsSchema.parse(entry.fields) });
const asTouchpoint = (entry: Entry, uses?: MapUse[]) => ({ ...base(entry, uses), touchpoint: touchpointFields.parse(entry.fields) });

/**
 * The workspace library: shared personas and touchpoints. Rows are written in a transaction that
 * also authorises; the maps holding copies are then changed through the live-document writer
 * (one map at a time, as an editor's change would be), so connected clients see them at once.
 */
export function libraryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  const nowIso = () => ctx.clock.now().toISOString();

  async function list(kind: LibraryKind, actor: Actor, workspaceId: string) {
    await authorizeWorkspace(db, actor, workspaceId, "viewer");
    const uses = await usesByEntry(db, kind, workspaceId);
    return (await listEntries(db, kind, workspaceId)).map((entry) => ({ entry, uses: uses.get(entry.id) ?? [] }));
  }

  async function create(kind: LibraryKind, actor: Actor, workspaceId: string, body: unknown): Promise<Entry> {
    return db.transaction().execute(async (trx) => {
      await authorizeWorkspace(trx, actor, workspaceId, "editor");
      return insertEntry(trx, kind, workspaceId, kind.normalize(body), nowIso());
    });
  }

  async function replace(kind: LibraryKind, actor: Actor, workspaceId: string, id: string, body: unknown) {
    const fields: EntryFields = kind.normalize(body);
    const entry = await db.transaction().execute(async (trx) => {
      await authorizeWorkspace(trx, actor, workspaceId, "editor");
      return replaceEntry(trx, kind, workspaceId, id, fields, nowIso());
    });
    const uses = (await usesByEntry(db, kind, workspaceId)).get(id) ?? [];
    await updateCopies(ctx, kind, uses, fields);
    return { entry, uses };
  }

  async function remove(kind: LibraryKind, actor: Actor, workspaceId: string, id: string, force: boolean) {
    await authorizeWorkspace(db, actor, workspaceId, "editor");
    const entry = await getEntry(db, kind, workspaceId, id);
    const uses = (await usesByEntry(db, kind, workspaceId)).get(id) ?? [];
    if (uses.length > 0 && !force) {
      throw new ApiError("in_use", `${uses.length} map(s) use this ${kind.what}; delete with force=true to keep their copies unlinked`, uses.map((u) => ({ path: `/maps/${u.mapId}`, message: u.title })));
    }
    await unlinkCopies(ctx, kind, uses);
    await db.transaction().execute(async (trx) => {
      await authorizeWorkspace(trx, actor, workspaceId, "editor");
      await deleteEntry(trx, kind, id);
      const name = entry.fields.name;
      await recordAudit(trx, { action: kind.deleted, workspaceId, actorId: actor.userId, target: { type: kind.what, id }, detail: { name: typeof name === "string" ? name : "", maps: String(uses.length) }, nowIso: nowIso() });
    });
    return { ok: true as const };
  }

  async function attach(kind: LibraryKind, actor: Actor, mapId: string, entryId: string) {
    const { map } = await authorizeMap(db, actor, mapId, "editor");
    const entry = await getEntry(db, kind, map.workspace_id, entryId);
    const uses = (await usesByEntry(db, kind, map.workspace_id)).get(entryId) ?? [];
    if (uses.some((u) => u.mapId === mapId)) throw new ApiError("conflict", `the map already holds this ${kind.what}`);
    return addCopy(ctx, kind, mapId, entry.id, entry.fields);
  }

  route(app, ctx, ENDPOINTS.listWorkspacePersonas, async ({ params }, { actor }) => (await list(PERSONAS, actor, params.workspaceId)).map((x) => asPersona(x.entry, x.uses)));
  route(app, ctx, ENDPOINTS.createWorkspacePersona, async ({ params, body }, { actor }) => asPersona(await create(PERSONAS, actor, params.workspaceId, body)));
  route(app, ctx, ENDPOINTS.updateWorkspacePersona, async ({ params, body }, { actor }) => {
    const { entry, uses } = await replace(PERSONAS, actor, params.workspaceId, params.workspacePersonaId, body);
    return asPersona(entry, uses);
  });
  route(app, ctx, ENDPOINTS.deleteWorkspacePersona, async ({ params, query }, { actor }) => remove(PERSONAS, actor, params.workspaceId, params.workspacePersonaId, query.force));
  route(app, ctx, ENDPOINTS.attachWorkspacePersona, async ({ params, body }, { actor }) => ({ personaId: await attach(PERSONAS, actor, params.mapId, body.workspacePersonaId) }));

  route(app, ctx, ENDPOINTS.listWorkspaceTouchpoints, async ({ params }, { actor }) => (await list(TOUCHPOINTS, actor, params.workspaceId)).map((x) => asTouchpoint(x.entry, x.uses)));
  route(app, ctx, ENDPOINTS.createWorkspaceTouchpoint, async ({ params, body }, { actor }) => asTouchpoint(await create(TOUCHPOINTS, actor, params.workspaceId, body)));
  route(app, ctx, ENDPOINTS.updateWorkspaceTouchpoint, async ({ params, body }, { actor }) => {
    const { entry, uses } = await replace(TOUCHPOINTS, actor, params.workspaceId, params.workspaceTouchpointId, body);
    return asTouchpoint(entry, uses);
  });
  route(app, ctx, ENDPOINTS.deleteWorkspaceTouchpoint, async ({ params, query }, { actor }) => remove(TOUCHPOINTS, actor, params.workspaceId, params.workspaceTouchpointId, query.force));
  route(app, ctx, ENDPOINTS.attachWorkspaceTouchpoint, async ({ params, body }, { actor }) => ({ touchpointId: await attach(TOUCHPOINTS, actor, params.mapId, body.workspaceTouchpointId) }));
}
