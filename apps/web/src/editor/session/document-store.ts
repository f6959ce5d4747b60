import type * as Y from "yjs";
import { yDocToDocument } from "@kaart/collab";
import type { JourneyDocument } from "@kaart/core";

/**
 * A plain `JourneyDocument` view of a Y.Doc for React: rebuilt lazily after each update, so
 * several updates between two renders cost one conversion. Components read records from it;
 * they never write to the Y.Doc directly (edits go through operations, see `useEdit`).
 */
export class DocumentStore {
  private snapshot: JourneyDocument | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly ydoc: Y.Doc) {
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
    try {
      this.snapshot = yDocToDocument(this.ydoc);
    } catch {
      // Before the first sync the Y.Doc holds no document yet; the next update tries again.
      return undefined;
    }
    return this.snapshot;
  };

  dispose(): void {
    this.ydoc.off("update", this.invalidate);
    this.listeners.clear();
  }
}
