import * as Y from "yjs";
import type { onChangePayload } from "@hocuspocus/server";
import { ORIGINS, repairYDoc } from "@kaart/collab";
import type { Clock } from "../clock";
import { documentCodec } from "../features/document-codec";
import type { Db } from "../storage/open-database";
import { appendUpdate } from "../storage/map-updates";

/**
 * Repairs what merging concurrent edits leaves dangling. Two clients' updates can each be valid
 * and still combine into a document with references to removed records (one removes a step while
 * the other, offline, adds a card on it). Such an update is accepted rather than refused
 * (refused, it would come back on every reconnect), and once the live document holds it, core's
 * `removeOrphans` runs on it in one transaction (origin `repair`): the repair is appended to the
 * update log like any edit, broadcast to every client, and the store that follows writes
 * projections of a valid document.
 *
 * When: `accepts` in `beforeHandleMessage`, only for an update the validator refused (rare, so it
 * may copy the document); `afterChange` in `onChange`, which is cheap unless a repair is due.
 */
export class MergeRepair {
  /** Documents with an accepted update awaiting its repair, by name: that update. */
  private readonly due = new Map<string, Uint8Array>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Whether `update`, merged into `live`, leaves only dangling references, which a repair removes. */
  accepts(live: Y.Doc, documentName: string, update: Uint8Array): boolean {
    const merged = new Y.Doc({ gc: live.gc });
    try {
      Y.applyUpdate(merged, Y.encodeStateAsUpdate(live));
      Y.applyUpdate(merged, update);
      const repaired = repairYDoc(merged, { now: this.clock.now().toISOString() });
      if (!repaired.ok || repaired.removed === 0 || documentCodec.check(merged) !== undefined) return false;
    } catch {
      return false;
    } finally {
      merged.destroy();
    }
    this.due.set(documentName, update);
    return true;
  }

  /** Repairs and stores once the live document holds the accepted update. */
  async afterChange({ document, documentName }: Pick<onChangePayload, "document" | "documentName">): Promise<void> {
    const update = this.due.get(documentName);
    if (!update || !Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;
    this.due.delete(documentName);
    const before = Y.encodeStateVector(document);
    const nowIso = this.clock.now().toISOString();
    const repaired = repairYDoc(document, { now: nowIso }, ORIGINS.repair);
    if (!repaired.ok || repaired.removed === 0) return;
    await appendUpdate(this.db, documentName, Y.encodeStateAsUpdate(document, before), nowIso);
  }

  /** Forgets a document Hocuspocus unloads. */
  drop(documentName: string): void {
    this.due.delete(documentName);
  }
}
