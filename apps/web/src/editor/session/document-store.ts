import type * as Y from "yjs";
import { createDocumentReader, type DocumentReader } from "@kaart/collab";
import type { JourneyDocument } from "@kaart/core";

/**
 * A plain `JourneyDocument` view of a Y.Doc for React: re-read lazily after each update, so
 * several updates between two renders cost one read. The reader re-validates only the records a
 * transaction touched and keeps the others' identity, so a keystroke does not re-check the map. Components read records from it;
 * they never write to the Y.Doc directly (edits go through operations, see `useEdit`).
 */
export class DocumentStore {
  private snapshot: JourneyDocument | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly reader: DocumentReader;

  constructor(private readonly ydoc: Y.Doc) {
    // Created before the update listener: Yjs calls observers (which mark records dirty) before "update".
    this.reader = createDocumentReader(ydoc);
    ydoc.on("update", this.invalidate);
  }

  private readonly invalidate = () => {
    this.snapshot = undefined;
    for (const l of this.listeners) l();
  };

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current document; undefined while the Y.Doc is still empty (not yet synced). */
  readonly getSnapshot = (): JourneyDocument | undefined => {
    if (this.snapshot) return this.snapshot;
    const read = this.reader.read();
    // Before the first sync the Y.Doc holds no document yet; the next update tries again.
    if (!read.ok) return undefined;
    this.snapshot = read.document;
    return this.snapshot;
  };

  dispose(): void {
    this.ydoc.off("update", this.invalidate);
    this.reader.destroy();
    this.listeners.clear();
  }
}
