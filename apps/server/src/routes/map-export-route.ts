import type { FastifyInstance } from "fastify";
import { ENDPOINTS } from "@kaart/contract";
import { authorizeMap } from "../auth/authorize";
import { CONTENT_TYPES, FILE_EXTENSIONS, writeFormat } from "../features/map-formats";
import { route } from "../http/route";
import { readMapDocument } from "../maps/map-documents";
import type { ServerContext } from "../server-context";

/**
 * `attachment` with an ASCII fallback name and the real title in `filename*` (RFC 6266), so a
 * title with quotes, slashes, RTL or emoji can neither break the header nor pick a path.
 */
export function contentDisposition(title: string, extension: string): string {
  const ascii = title.normalize("NFKD").replace(/[^A-Za-z0-9 ._-]/g, "").trim().replace(/\s+/g, "-").slice(0, 80) || "map";
  const utf8 = encodeURIComponent(`${title.slice(0, 120)}.${extension}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${utf8}`;
}

export function exportRoute(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.database;
  route(app, ctx, ENDPOINTS.exportMap, async ({ params, query }, { actor, reply }) => {
    await authorizeMap(db, actor, params.mapId, "viewer");
    const doc = await readMapDocument(db, params.mapId);
    const out = await writeFormat(doc, query.format);
    reply.header("content-type", CONTENT_TYPES[query.format]);
    reply.header("content-disposition", contentDisposition(doc.map.title, FILE_EXTENSIONS[query.format]));
    await reply.status(200).send(typeof out === "string" ? out : Buffer.from(out));
  });
}
