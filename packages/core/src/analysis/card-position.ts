import type { Card } from "../records/card";
import { compareText, type MapIndex } from "./map-index";

/**
 * Orders cards as they appear on the map: by stage, then column (a card spanning a stage comes
 * before the stage's steps), then lane, then order key and id. Rankings use it as the last
 * tie-break so equal scores list in reading order.
 */
export function compareCardPosition(index: MapIndex): (a: Card, b: Card) => number {
  const key = (c: Card): [number, number, number] => {
    const stageId = c.stageId ?? (c.stepId ? index.doc.steps[c.stepId]?.stageId : undefined);
    const stage = stageId === undefined ? Infinity : (index.stageIndex.get(stageId) ?? Infinity);
    const step = c.stepId === undefined ? -1 : (index.stepIndex.get(c.stepId) ?? Infinity);
    return [stage, step, index.laneIndex.get(c.laneId) ?? Infinity];
  };
  // Sorting calls the comparator O(n log n) times; compute each card's key once.
  const keys = new Map<string, [number, number, number]>();
  const keyOf = (c: Card) => {
    let k = keys.get(c.id);
    if (!k) keys.set(c.id, (k = key(c)));
    return k;
  };
  return (a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return compareText(a.order, b.order) || compareText(a.id, b.id);
  };
}

/** Cards still to act on: `done` and `dropped` are closed unless the caller asks for them. */
export function isOpen(card: Card, includeClosed: boolean): boolean {
  return includeClosed || (card.status !== "done" && card.status !== "dropped");
}
