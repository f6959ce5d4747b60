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

/**
 * Runs a core move operation through the editor's one edit path, then announces where the record
 * went and keeps focus on it. Returns false when the operation was refused (nothing changed).
 */
export function useMoveRunner(): <A>(op: Operation<A, undefined>, args: A, after: MoveFollowUp) => boolean {
  const { batch, session } = useEditorActions();
  const announce = useLiveRegion();
  return useCallback(
    <A,>(op: Operation<A, undefined>, args: A, after: MoveFollowUp) => {
      const done = batch((b) => {
        b.run(op, args);
        return true;
      });
      if (!done) return false;
      const doc = session.store.getSnapshot();
      if (doc) announce(after.message(doc));
      focusAfterMove(after.id);
      return true;
    },
    [batch, session, announce],
  );
}
