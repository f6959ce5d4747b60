import { z } from "zod";
import { idSchema, type IdPrefix } from "../records/ids";
import { byOrder } from "../records/order-key";
import type { OperationError } from "../patch/operation-result";
import { freshOrderKeys, orderKeyBetween } from "./order-key-between";

/**
 * Where a record goes among its siblings: just before or just after a sibling, by id. Absent
 * means at the end. Ids rather than indexes, so a position chosen on one screen means the same
 * thing after a concurrent insert elsewhere in the list.
 */
export type Position = { before: string } | { after: string };

export function positionSchema<P extends IdPrefix>(prefix: P) {
  return z.union([z.strictObject({ before: idSchema(prefix) }), z.strictObject({ after: idSchema(prefix) })]).optional();
}

interface Ordered {
  id: string;
  order: string;
}

export type Placement =
  | { ok: true; order: string; rekeyed: Map<string, string> }
  | { ok: false; error: OperationError };

/**
 * The order key for a record placed at `position` among `siblings` (which must not include the
 * record itself). When the neighbours' keys cannot be split — equal after concurrent inserts, or
 * not fractional-index keys because a file was imported — every sibling is re-keyed in its
 * current order and `rekeyed` lists the new keys to put.
 */
export function placeAmong(siblings: Ordered[], position: Position | undefined, what: string): Placement {
  const sorted = [...siblings].sort(byOrder);
  let index = sorted.length;
  if (position) {
    const ref = "before" in position ? position.before : position.after;
    const at = sorted.findIndex((s) => s.id === ref);
    if (at < 0) return { ok: false, error: { code: "not_found", message: `${ref} is not a ${what} here to place next to` } };
    index = "before" in position ? at : at + 1;
  }
  const prev = sorted[index - 1]?.order;
  const next = sorted[index]?.order;
  try {
    return { ok: true, order: orderKeyBetween(prev, next), rekeyed: new Map() };
  } catch {
    const keys = freshOrderKeys(sorted.length + 1);
    const rekeyed = new Map<string, string>();
    sorted.forEach((s, i) => {
      const key = keys[i < index ? i : i + 1]!;
      if (key !== s.order) rekeyed.set(s.id, key);
    });
    return { ok: true, order: keys[index]!, rekeyed };
  }
}
