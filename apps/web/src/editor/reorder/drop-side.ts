/** Which half of a drop target the pointer is over, in reading order. */
export type DropSide = "before" | "after";

/**
 * `offset` is the pointer's distance from the target's left (horizontal) or top (vertical) edge.
 * In a right-to-left grid the left half of a column is the later one, so the sides swap there.
 */
export function dropSide(offset: number, length: number, reversed: boolean): DropSide {
  const firstHalf = offset < length / 2;
  return firstHalf !== reversed ? "before" : "after";
}

/** The `position` argument of the move operations for a drop on `side` of the record `targetId`. */
export function positionBeside<Id extends string>(side: DropSide, targetId: Id): { before: Id } | { after: Id } {
  return side === "before" ? { before: targetId } : { after: targetId };
}
