import type { KeyboardEvent } from "react";
import { useEditorActions } from "../session/EditorContext";

/**
 * Ctrl+Z / ⌘Z undoes this page's last edit, Ctrl+Shift+Z or Ctrl+Y redoes — anywhere in the
 * editor, in a cell editor too (its text lives in the map, so the browser's own undo would not
 * know it).
 */
export function useUndoShortcuts(): (e: KeyboardEvent) => void {
  const { session, readOnly } = useEditorActions();
  return (e) => {
    if (readOnly || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === "z" && !e.shiftKey) session.undo.undo();
    else if ((key === "z" && e.shiftKey) || key === "y") session.undo.redo();
    else return;
    e.preventDefault();
  };
}
