import * as Y from "yjs";
import type { Document, Extension, afterLoadDocumentPayload, beforeHandleMessagePayload, beforeUnloadDocumentPayload, onLoadDocumentPayload, onStoreDocumentPayload } from "@hocuspocus/server";
import type { Clock } from "../clock";
import { storeProjection } from "../maps/map-documents";
import { saveAutomaticVersion } from "../maps/map-versions";
import type { Db } from "../storage/open-database";
import { appendUpdate, compactUpdates, loadState } from "../storage/map-updates";
import { MergeRepair } from "./merge-repair";
import { updateInMessage } from "./sync-message";
import { alreadyHeld } from "./update-validator";
import { LiveDocuments } from "./live-documents";

/** 4422: the client sent an update that would make the document invalid; it was not applied. */
export const INVALID_UPDATE = 4422;

/** While clients are connected, the debounced store folds the update log once it is this long. */
export const COMPACT_AFTER = 500;
/** Origin of state loaded from the database, so nothing treats it as a new edit. */
export const LOAD_ORIGIN = "kaart:load";

/**
 * Persistence of map documents in our own database (hooks of the Hocuspocus lifecycle):
 * - onLoadDocument: the stored snapshot plus logged updates become the live document;
 *   afterLoadDocument prepares its validator and reader (LiveDocuments);
 * - beforeHandleMessage: every client update is validated (against the document's
 *   UpdateValidator shadow) and appended to the update log BEFORE Hocuspocus applies it and
 *   acknowledges it (contracts.md); an invalid update closes the connection with
 *   `invalid_update: <reason>` and is neither applied nor broadcast;
 * - onStoreDocument (debounced): projections are rewritten, the log is compacted once it holds
 *   COMPACT_AFTER updates, and an automatic version of the live document is taken when the
 *   newest version is ten minutes old;
 * - beforeUnloadDocument (the last client has left): the log is compacted whatever its length.
 */
export function mapPersistence(db: Db, clock: Clock): Extension & { settled(): Promise<void> } {
  const now = () => clock.now().toISOString();
  const storing = new Set<Promise<void>>();
  let closing = false;
  const repair = new MergeRepair(db, clock);
  const live = new LiveDocuments();
  /** Runs `work` as one the server waits for before it closes the database. */
  const tracked = async (work: Promise<void>) => {
    storing.add(work);
    try {
      await work;
    } finally {
      storing.delete(work);
    }
  };
  const store = async (document: Document, documentName: string) => {
    const doc = live.read(document, documentName);
    await storeProjection(db, documentName, doc, now());
    // Folding the log walks the whole map, so while people edit it waits for a long log; the
    // map is folded whole when the last client leaves (this store, or the unload).
    await compactUpdates(db, documentName, now(), { minUpdates: document.getConnectionsCount() > 0 ? COMPACT_AFTER : 1 });
    await saveAutomaticVersion(db, documentName, clock.now(), { state: () => Y.encodeStateAsUpdate(document), title: doc.map.title });
  };
  return {
    /** Resolves when no store is running; the server awaits it before closing the database. */
    async settled() {
      closing = true;
      while (storing.size) await Promise.allSettled([...storing]);
    },
    extensionName: "kaart-map-persistence",
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      Y.applyUpdate(document, (await loadState(db, documentName)).state, LOAD_ORIGIN);
    },
    async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
      live.prepare(document, documentName);
    },
    async beforeHandleMessage({ update: message, document, documentName, connection }: beforeHandleMessagePayload) {
      const update = updateInMessage(message);
      if (!update || connection.readOnly || alreadyHeld(document, update)) return;
      const validator = live.validator(document, documentName);
      const problem = validator.problem(update);
      if (problem && !(await repair.accepts(document, documentName, update))) throw Object.assign(new Error(problem), { code: INVALID_UPDATE, reason: `invalid_update: ${problem}`.slice(0, 120) });
      try {
        await appendUpdate(db, documentName, update, now());
      } catch (e) {
        validator.reset();
        throw e;
      }
    },
    async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload) {
      live.drop(documentName);
      // Nobody has the map open any more: fold what the stores left in the log. Not once the
      // server is closing (the database may be gone); a fold that fails leaves the log as it
      // was, complete, for the next store or unload to fold.
      if (!closing) await tracked(compactUpdates(db, documentName, now()).then(() => undefined, () => undefined));
    },
    // A merge that left references dangling is repaired once the live document holds it.
    onChange: (payload) => repair.afterChange(payload),
    afterUnloadDocument: async ({ documentName }) => repair.drop(documentName),
    async onStoreDocument({ document, documentName }: onStoreDocumentPayload) {
      await tracked(store(document, documentName));
    },
  };
}
