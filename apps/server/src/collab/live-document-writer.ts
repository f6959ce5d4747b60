import * as Y from "yjs";
import type { Hocuspocus } from "@hocuspocus/server";
import type { Clock } from "../clock";
import { documentCodec } from "../features/document-codec";
import { storeProjection, type DocumentWriter } from "../maps/map-documents";
import type { Db } from "../storage/open-database";
import { appendUpdate } from "../storage/map-updates";

/** Origin of changes made through the REST API, so listeners can tell them from client edits. */
export const REST_ORIGIN = "kaart:rest";

/**
 * REST writes to a map go through the live document, so open editors (on this instance and, via
 * Redis, on others) see them at once. The change is made on a copy first and stored before it is
 * applied to the live document, the same order as client updates.
 */
export function liveDocumentWriter(hocuspocus: Hocuspocus, db: Db, clock: Clock): DocumentWriter {
  return {
    async change(mapId, edit) {
      const connection = await hocuspocus.openDirectConnection(mapId, { origin: REST_ORIGIN });
      try {
        const live = connection.document;
        if (!live) throw new Error(`document ${mapId} did not load`);
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
        const before = Y.encodeStateVector(copy);
        edit(copy);
        const doc = documentCodec.read(copy);
        const update = Y.encodeStateAsUpdate(copy, before);
        const nowIso = clock.now().toISOString();
        await appendUpdate(db, mapId, update, nowIso);
        Y.applyUpdate(live, update, REST_ORIGIN);
        await storeProjection(db, mapId, doc, nowIso);
        return doc;
      } finally {
        await connection.disconnect();
      }
    },
  };
}
