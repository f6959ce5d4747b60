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
 * (refused, it would come back on every reconnect) together with its repair: core's
 * `removeOrphans` run on the merge (origin `repair`). The repair is in the update log before the
 * update is acknowledged, so the stored document validates; once the live document holds the
 * update, the same repair is applied to it and broadcast to every client.
 *
 * When: `accepts` in `beforeHandleMessage`, only for an update the validator refused (rare, so it
 * may copy the document); `afterChange` in `onChange`, which is cheap unless a repair is due.
 */
export class MergeRepair {
  /** Documents with an accepted update awaiting its repair, by name: that update and its repair. */
  private readonly due = new Map<string, { update: Uint8Array; repair: Uint8Array }>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * Whether `update`, merged into `live`, leaves only dangling references, which a repair
   * removes; if so the repair is appended to the update log (a Yjs update may be stored before
   * the one it builds on: applying them in any order gives one state).
   */
  async accepts(live: Y.Doc, documentName: string, update: Uint8Array): Promise<boolean> {
    const merged = new Y.Doc({ gc: live.gc });
    let repair: Uint8Array;
    try {
      Y.applyUpdate(merged, Y.encodeStateAsUpdate(live));
      Y.applyUpdate(merged, update);
      const before = Y.encodeStateVector(merged);
      const repaired = repairYDoc(merged, { now: this.clock.now().toISOString() });
      if (!repaired.ok || repaired.removed === 0 || documentCodec.check(merged) !== undefined) return false;
      repair = Y.encodeStateAsUpdate(merged, before);
    } catch {
      return false;
    } finally {
      merged.destroy();
    }
    await appendUpdate(this.db, documentName, repair, this.clock.now().toISOString());
    this.due.set(documentName, { update, repair });
    return true;
  }

  /** Applies the stored repair once the live document holds the accepted update. */
  async afterChange({ document, documentName }: Pick<onChangePayload, "document" | "documentName">): Promise<void> {
    const due = this.due.get(documentName);
    if (!due || !Y.snapshotContainsUpdate(Y.snapshot(document), due.update)) return;
    this.due.delete(documentName);
    Y.applyUpdate(document, due.repair, ORIGINS.repair);
  }

  /** Forgets a document Hocuspocus unloads. */
  drop(documentName: string): void {
    this.due.delete(documentName);
  }
}
