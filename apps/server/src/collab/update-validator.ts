import * as Y from "yjs";
import { createDocumentReader, type DocumentReader } from "@kaart/collab";

/**
 * Checks client updates against a shadow copy of one live document, so a check costs the changed
 * records (the shadow's DocumentReader re-validates only what a transaction touched, plus the
 * cross-record references) instead of a copy and a validation of the whole map per update.
 *
 * Invariant: the shadow holds the live document plus updates that passed the check and are on
 * their way to it (being stored, then applied by Hocuspocus). Everything the live document
 * receives (client updates, REST writes, other instances via Redis) is mirrored into the shadow;
 * applying an update twice changes nothing in Yjs. A rejected or failed update may have reached
 * the shadow only, so the shadow is then dropped and copied from the live document again.
 * The shadow is made by `prepare` (when the document loads) or on the first check.
 */
export class UpdateValidator {
  private shadow: { doc: Y.Doc; reader: DocumentReader } | undefined;
  private readonly mirror = (update: Uint8Array) => {
    if (this.shadow) Y.applyUpdate(this.shadow.doc, update);
  };

  constructor(readonly live: Y.Doc) {
    live.on("update", this.mirror);
  }

  /** Makes the shadow and reads it once now, so the first update pays no more than the next. */
  prepare(): void {
    (this.shadow ??= this.copyOfLive()).reader.read();
  }

  /** A reason when applying `update` would leave an invalid document, else undefined. */
  problem(update: Uint8Array): string | undefined {
    const shadow = (this.shadow ??= this.copyOfLive());
    try {
      Y.applyUpdate(shadow.doc, update);
    } catch {
      this.reset();
      return "the update is not a Yjs update";
    }
    const result = shadow.reader.read();
    if (result.ok) return undefined;
    this.reset();
    return result.issues.map((i) => `${i.pointer}: ${i.message}`).join("; ") || "invalid document";
  }

  /** Drops the shadow (it may hold an update the live document will never get). */
  reset(): void {
    this.shadow?.reader.destroy();
    this.shadow?.doc.destroy();
    this.shadow = undefined;
  }

  destroy(): void {
    this.live.off("update", this.mirror);
    this.reset();
  }

  private copyOfLive(): { doc: Y.Doc; reader: DocumentReader } {
    const doc = new Y.Doc({ gc: this.live.gc });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.live));
    return { doc, reader: createDocumentReader(doc) };
  }
}

/**
 * Whether the live document already holds everything `update` carries (a client's sync step that
 * brings nothing new), so there is nothing to check or store. New items are seen from the
 * update's clock ranges without touching the document; only an update without new items (a
 * deletion, or a resent state) is compared against a snapshot, which walks the whole document.
 */
export function alreadyHeld(doc: Y.Doc, update: Uint8Array): boolean {
  const { to } = Y.parseUpdateMeta(update);
  for (const [client, clock] of to) if (clock > Y.getState(doc.store, client)) return false;
  return Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}
