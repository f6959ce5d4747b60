import type { FastifyInstance } from "fastify";
import { ENDPOINTS } from "@kaart/contract";
import { diffMaps, formatDiffText } from "@kaart/core";
import { authorizeMap } from "../auth/authorize";
import { documentCodec } from "../features/document-codec";
import { notFound } from "../http/api-error";
import { route } from "../http/route";
import { readMapDocument } from "../maps/map-documents";
import { listVersions, readVersion, saveVersion } from "../maps/map-versions";
import type { ServerContext } from "../server-context";

/** Versions: save, list, read, compare (core's diffMaps) and restore as a new version. */
export function versionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  const nowIso = () => ctx.clock.now().toISOString();
  const versionOf = async (mapId: string, versionId: string) => (await readVersion(db, mapId, versionId)) ?? Promise.reject(notFound("version"));

  route(app, ctx, ENDPOINTS.listVersions, async ({ params }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "viewer");
    return listVersions(db, params.mapId);
  });

  route(app, ctx, ENDPOINTS.createVersion, async ({ params, body }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "editor");
    return saveVersion(db, params.mapId, { name: body.name, createdBy: actor.userId, nowIso: nowIso() });
  });

  route(app, ctx, ENDPOINTS.getVersion, async ({ params }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "viewer");
    return versionOf(params.mapId, params.versionId);
  });

  route(app, ctx, ENDPOINTS.diffVersion, async ({ params, query }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "viewer");
    const from = (await versionOf(params.mapId, params.versionId)).document;
    const to = query.against === "current" ? await readMapDocument(db, params.mapId) : (await versionOf(params.mapId, query.against)).document;
    const diff = diffMaps(from, to);
    return { identical: diff.identical, text: formatDiffText(diff), diff: JSON.parse(JSON.stringify(diff)) };
  });

  route(app, ctx, ENDPOINTS.restoreVersion, async ({ params }, { actor }) => {
    await authorizeMap(db, actor, params.mapId, "editor");
    const { version, document } = await versionOf(params.mapId, params.versionId);
    // The map keeps its identity: only the records differ, so live editors get a merge, not a new document.
    await ctx.documents.change(params.mapId, (ydoc) => documentCodec.write({ ...document, map: { ...document.map, id: params.mapId as typeof document.map.id } }, ydoc));
    return saveVersion(db, params.mapId, { name: `Restored: ${version.name ?? version.createdAt}`.slice(0, 200), createdBy: actor.userId, nowIso: nowIso() });
  });
}
