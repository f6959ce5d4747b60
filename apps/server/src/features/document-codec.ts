import type * as Y from "yjs";
import { documentToYDoc, yDocToDocument, validateYDoc, applyPatchToYDoc, ORIGINS } from "@kaart/collab";
import type { JourneyDocument } from "@kaart/core";
import { replacementPatch } from "../maps/replacement-patch";

/** How a map document lives in a Y.Doc; `@kaart/collab` defines the shape. */
export interface DocumentCodec {
  /** Makes `ydoc` hold `doc`: fills an empty Y.Doc, or changes only the records that differ. */
  write(doc: JourneyDocument, ydoc: Y.Doc): void;
  read(ydoc: Y.Doc): JourneyDocument;
  /** A reason when the Y.Doc does not hold a valid document, else undefined. */
  check(ydoc: Y.Doc): string | undefined;
}

function readOrUndefined(ydoc: Y.Doc): JourneyDocument | undefined {
  try {
    return yDocToDocument(ydoc);
  } catch {
    return undefined;
  }
}

export const documentCodec: DocumentCodec = {
  write(doc, ydoc) {
    // A restore or a REST replace changes only what differs, so collaborators' cursors and
    // concurrent edits elsewhere in the map survive; an empty or unreadable doc is filled afresh.
    const current = ydoc.share.size === 0 ? undefined : readOrUndefined(ydoc);
    if (current) applyPatchToYDoc(ydoc, replacementPatch(current, doc), ORIGINS.restore);
    else documentToYDoc(doc, ydoc);
  },
  read: (ydoc) => yDocToDocument(ydoc),
  check(ydoc) {
    const r = validateYDoc(ydoc);
    return r.ok ? undefined : r.issues.map((i) => `${i.pointer}: ${i.message}`).join("; ") || "invalid document";
  },
};
