import { useLayoutEffect, type RefObject } from "react";

// Ids of records whose control should take focus at their next render: a moved header re-renders
// in its new place (React may have moved its element, which drops focus), and a card moved to
// another cell mounts a new chip there.
const pending = new Set<string>();

/** Asks the control of record `id` to take focus once it has rendered after the move. */
export function focusAfterMove(id: string): void {
  pending.add(id);
}

/** Focuses `ref` after a render when a move of record `id` asked for it. */
export function useFocusAfterMove(id: string, ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    if (!pending.has(id) || !ref.current) return;
    pending.delete(id);
    ref.current.focus();
  });
}
