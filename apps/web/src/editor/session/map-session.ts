import * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import { DocumentStore } from "./document-store";
import { LOCAL_ORIGIN } from "./local-origin";

/**
 * Everything one open map needs: the Y.Doc (document state), its plain view, the undo history of
 * this page's own edits, and awareness (presence) when connected to a server.
 */
export interface MapSession {
  ydoc: Y.Doc;
  store: DocumentStore;
  undo: Y.UndoManager;
  awareness: Awareness | undefined;
  /** Where edits go: a server (saved, shared) or only this page. */
  mode: "server" | "local";
}

export function createMapSession(ydoc: Y.Doc, mode: MapSession["mode"], awareness?: Awareness): MapSession {
  // Keystrokes within 500 ms make one undo step, as in word processors.
  const undo = new Y.UndoManager(ydoc, { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 500 });
  return { ydoc, store: new DocumentStore(ydoc), undo, awareness, mode };
}

export function disposeMapSession(session: MapSession): void {
  session.undo.destroy();
  session.store.dispose();
}
