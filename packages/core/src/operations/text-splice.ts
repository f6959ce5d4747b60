import type { PatchOp } from "../patch/patch";
import type { TableName } from "../document/tables";
import type { RichText } from "../records/rich-text";
import { plainText } from "../records/rich-text";
import { spliceRichText } from "../patch/splice-text";
import { sameRichText } from "./canonical-rich-text";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The smallest single splice turning `before` into `after` (common prefix and suffix kept), or
 * undefined when they are equal. Splitting a surrogate pair is avoided: Yjs would replace half a
 * character with U+FFFD.
 *
 * @example
 * minimalSplice("Buy", "Buy now") // { index: 3, deleteCount: 0, insert: " now" }
 */
export function minimalSplice(before: string, after: string): { index: number; deleteCount: number; insert: string } | undefined {
  if (before === after) return undefined;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isLow(before.charCodeAt(before.length - s))) s--;
  return { index: p, deleteCount: before.length - p - s, insert: after.slice(p, after.length - s) };
}

/** A text-field rename as a splice op (none when unchanged), so concurrent typing merges. */
export function textSpliceOps(table: TableName | "map", id: string, field: string, before: string | undefined, after: string): PatchOp[] {
  const splice = minimalSplice(before ?? "", after);
  return splice ? [{ op: "splice", table, id, field, ...splice }] : [];
}

/**
 * A rich-text change as one splice when a plain-text splice of `before` gives `after` with the
 * same formatting (ordinary typing); undefined when formatting changed and the caller must put
 * the record instead.
 */
export function richTextSpliceOps(table: TableName, id: string, field: string, before: RichText, after: RichText): PatchOp[] | undefined {
  const splice = minimalSplice(plainText(before), plainText(after));
  if (!splice) return sameRichText(before, after) ? [] : undefined;
  if (!sameRichText(spliceRichText(before, splice.index, splice.deleteCount, splice.insert), after)) return undefined;
  return [{ op: "splice", table, id, field, ...splice }];
}
