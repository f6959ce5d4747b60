import { useCallback } from "react";
import type { JourneyDocument } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
import type { Operation } from "../session/edit";
import { useLiveRegion } from "./live-region";
import { focusAfterMove } from "./focus-after-move";

export interface MoveFollowUp {
  /** The moved record, whose control takes focus after the move. */
  id: string;
  /** What the live region says, worded from the document after the move. */
  message(doc: JourneyDocument): string;
}

/** The record `id` in whichever table holds it. Moves are rare, so a scan is cheap enough. */
function recordOf(doc: JourneyDocument, id: string): unknown {
  for (const table of [doc.stages, doc.steps, doc.lanes, doc.cards]) {
    const found = Object.values(table).find((r) => r.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Runs a core move operation through the editor's one edit path, then announces where the record
 * went and keeps focus on it. Returns false when the operation was refused. A move that changed
 * nothing (dropped where it already was) is neither announced nor asks for focus: its control does
 * not re-render, so a focus request would wait and fire on some later, unrelated render.
 */
export function useMoveRunner(): <A>(op: Operation<A, undefined>, args: A, after: MoveFollowUp) => boolean {
  const { batch, session } = useEditorActions();
  const announce = useLiveRegion();
  return useCallback(
    <A,>(op: Operation<A, undefined>, args: A, after: MoveFollowUp) => {
      const before = session.store.getSnapshot();
      const done = batch((b) => {
        b.run(op, args);
        return true;
      });
      if (!done) return false;
      const doc = session.store.getSnapshot();
      // The store keeps an untouched record's identity, so the same object means it did not move.
      if (!doc || !before || recordOf(doc, after.id) === recordOf(before, after.id)) return true;
      announce(after.message(doc));
      focusAfterMove(after.id);
      return true;
    },
    [batch, session, announce],
  );
}
