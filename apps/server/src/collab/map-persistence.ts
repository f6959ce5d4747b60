import * as Y from "yjs";
import type { Extension, beforeHandleMessagePayload, onLoadDocumentPayload, onStoreDocumentPayload } from "@hocuspocus/server";
import type { Clock } from "../clock";
import { documentCodec } from "../features/document-codec";
import { storeProjection } from "../maps/map-documents";
import { saveAutomaticVersion } from "../maps/map-versions";
import type { Db } from "../storage/open-database";
import { appendUpdate, compactUpdates, loadState } from "../storage/map-updates";
import { MergeRepair } from "./merge-repair";
import { updateInMessage } from "./sync-message";

/** 4422: the client sent an update that would make the document invalid; it was not applied. */
export const INVALID_UPDATE = 4422;

/** Origin of state loaded from the database, so nothing treats it as a new edit. */
export const LOAD_ORIGIN = "kaart:load";

/**
 * A reason when applying `update` to `doc` would leave an invalid document, else undefined.
 * Checked on a copy, so a rejected update never touches the shared document.
 */
export function updateProblem(doc: Y.Doc, update: Uint8Array): string | undefined {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  try {
    Y.applyUpdate(copy, update);
  } catch {
    return "the update is not a Yjs update";
  }
  return documentCodec.check(copy);
}

/**
 * Persistence of map documents in our own database (hooks of the Hocuspocus lifecycle):
 * - onLoadDocument: the stored snapshot plus logged updates become the live document;
 * - beforeHandleMessage: every client update is validated and appended to the update log
 *   BEFORE Hocuspocus applies it and acknowledges it (contracts.md); an invalid update closes the
 *   connection with `invalid_update: <reason>` and is neither applied nor broadcast;
 * - onStoreDocument (debounced): projections are rewritten, the log is compacted, and an
 *   automatic version is taken when the newest version is ten minutes old.
 */
export function mapPersistence(db: Db, clock: Clock): Extension & { settled(): Promise<void> } {
  const now = () => clock.now().toISOString();
  const storing = new Set<Promise<void>>();
  const repair = new MergeRepair(db, clock);
  const store = async (document: Y.Doc, documentName: string) => {
    await storeProjection(db, documentName, documentCodec.read(document), now());
    await compactUpdates(db, documentName, now());
    await saveAutomaticVersion(db, documentName, clock.now());
  };
  return {
    /** Resolves when no store is running; the server awaits it before closing the database. */
    async settled() {
      while (storing.size) await Promise.allSettled([...storing]);
    },
    extensionName: "kaart-map-persistence",
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      Y.applyUpdate(document, (await loadState(db, documentName)).state, LOAD_ORIGIN);
    },
    async beforeHandleMessage({ update: message, document, documentName, connection }: beforeHandleMessagePayload) {
      const update = updateInMessage(message);
      if (!update || connection.readOnly || Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;
      const problem = updateProblem(document, update);
      if (problem && !repair.accepts(document, documentName, update)) throw Object.assign(new Error(problem), { code: INVALID_UPDATE, reason: `invalid_update: ${problem}`.slice(0, 120) });
      await appendUpdate(db, documentName, update, now());
    },
    // A merge that left references dangling is repaired once the live document holds it.
    onChange: (payload) => repair.afterChange(payload),
    afterUnloadDocument: async ({ documentName }) => repair.drop(documentName),
    async onStoreDocument({ document, documentName }: onStoreDocumentPayload) {
      const run = store(document, documentName);
      storing.add(run);
      try {
        await run;
      } finally {
        storing.delete(run);
      }
    },
  };
}
