import type { FastifyInstance } from "fastify";
import { ENDPOINTS, XLSX_MEDIA_TYPE } from "@kaart/contract";
import { validateDocument } from "@kaart/core";
import { authorizeWorkspace } from "../auth/authorize";
import { MAX_XLSX_IMPORT_BYTES, readXlsxImport } from "../features/xlsx-import";
import { ApiError } from "../http/api-error";
import { route } from "../http/route";
import { insertMap } from "../maps/map-documents";
import { presentMap } from "../maps/present-map";
import type { ServerContext } from "../server-context";
import { mapRow, withNewMapId } from "./map-routes";

/**
 * Creates a map from an XLSX grid sent as the raw body (the workbook's own bytes, not JSON).
 * Registered as its own plugin so its binary content types stay out of the other routes; the
 * body is buffered up to the import limit, beyond which Fastify answers `payload_too_large`.
 */
export function mapImportXlsxRoute(ctx: ServerContext) {
  const { db } = ctx.database;
  const nowIso = () => ctx.clock.now().toISOString();
  return async (app: FastifyInstance) => {
    app.addContentTypeParser([XLSX_MEDIA_TYPE, "application/octet-stream"], { parseAs: "buffer", bodyLimit: MAX_XLSX_IMPORT_BYTES }, (_req, body, done) => done(null, body));

    route(app, ctx, ENDPOINTS.importMapXlsx, async ({ params, query }, { actor, req }) => {
      await authorizeWorkspace(db, actor, params.workspaceId, "editor");
      if (!Buffer.isBuffer(req.body)) throw new ApiError("unsupported_media_type", `send the workbook itself as the body (Content-Type: ${XLSX_MEDIA_TYPE})`);
      const read = await readXlsxImport(new Uint8Array(req.body), nowIso());
      const checked = validateDocument(read);
      if (!checked.ok) throw new ApiError("invalid_document", "the file is not a valid journey", checked.issues.map((i) => ({ path: i.pointer, message: i.message })));
      const doc = withNewMapId(checked.document, nowIso(), query.title);
      return db.transaction().execute(async (trx) => {
        await insertMap(trx, { workspaceId: params.workspaceId, doc, createdBy: actor.userId, nowIso: nowIso() });
        return presentMap(await mapRow(trx, doc.map.id));
      });
    });
  };
}
