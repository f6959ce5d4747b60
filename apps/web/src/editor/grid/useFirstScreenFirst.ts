import { startTransition, useEffect, useState } from "react";

/**
 * False for the grid's first render, true from the next one, which React renders as a transition.
 * The grid draws the cells of its first screen at once and the rest (on a 40 × 20 map, six cells
 * in seven) in that transition: the map opens as fast as its first screen, and React interrupts
 * the rest for any keystroke or click. Everything is in the document moments later either way —
 * placeholders keep the grid's rows, columns and focus order meanwhile.
 */
export function useFirstScreenFirst(): boolean {
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    startTransition(() => setComplete(true));
  }, []);
  return complete;
}

/** Cells (and headers) drawn before the transition: what a 1440 × 900 screen shows of the grid at its sizes. */
export const FIRST_SCREEN = { rows: 8, columns: 6 };
