import type * as Y from "yjs";
import { minimalSplice, sameRichText, spliceRichText, type RichText, type TextRun } from "@kaart/core";

const FORMAT_KEYS = ["bold", "italic", "href"] as const;

/** True for a list of objects each with a string `text`: what the splice functions can work on. */
export function isRichText(v: unknown): v is RichText {
  return Array.isArray(v) && v.every((run) => typeof run === "object" && run !== null && typeof (run as { text?: unknown }).text === "string");
}

function attributesOf(run: TextRun | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (run) for (const k of FORMAT_KEYS) if (run[k] !== undefined) out[k] = run[k];
  return out;
}

/**
 * Rich text of a Y.Text: one run per delta op, formatting from its attributes. A Y.Text can hold
 * more than rich text can say (embeds, other attributes, odd attribute values from a faulty
 * client); those are left out, so what is read is always well-formed runs.
 */
export function readRuns(text: Y.Text): RichText {
  const delta: unknown = text.toDelta();
  if (!Array.isArray(delta)) return [];
  const runs: RichText = [];
  for (const op of delta as unknown[]) {
    if (typeof op !== "object" || op === null || !("insert" in op) || typeof op.insert !== "string") continue;
    const attrs: Record<string, unknown> = "attributes" in op && typeof op.attributes === "object" && op.attributes !== null ? { ...op.attributes } : {};
    const run: TextRun = { text: op.insert };
    if (typeof attrs.bold === "boolean") run.bold = attrs.bold;
    if (typeof attrs.italic === "boolean") run.italic = attrs.italic;
    if (typeof attrs.href === "string") run.href = attrs.href;
    runs.push(run);
  }
  return runs;
}

/** Appends runs, each with exactly its own formatting. */
export function insertRuns(text: Y.Text, index: number, runs: RichText): void {
  let at = index;
  for (const run of runs) {
    if (run.text === "") continue;
    text.insert(at, run.text, attributesOf(run));
    at += run.text.length;
  }
}

/**
 * The splice core's `spliceRichText` makes, made on a Y.Text: the deleted range goes, and the
 * inserted text takes the formatting of the run holding the character before `index` (the first
 * run at the start), so a plain document and a Y.Doc given the same patch agree.
 */
export function spliceRuns(text: Y.Text, index: number, deleteCount: number, insert: string): void {
  const runs = readRuns(text);
  const total = text.length;
  const at = Math.max(0, Math.min(index, total));
  const end = Math.max(at, Math.min(at + Math.max(0, deleteCount), total));
  let host: TextRun | undefined = runs[0];
  let start = 0;
  for (const run of runs) {
    if (start < at && at <= start + run.text.length) host = run;
    start += run.text.length;
  }
  if (end > at) text.delete(at, end - at);
  if (insert !== "") text.insert(at, insert, attributesOf(host));
}

/**
 * Makes a Y.Text hold `runs`, by one splice when that is what changed (so concurrent typing
 * elsewhere in the text survives), otherwise by rewriting it.
 */
export function setRuns(text: Y.Text, runs: RichText): void {
  const current = readRuns(text);
  if (sameRichText(current, runs)) return;
  const plain = (r: RichText) => r.map((x) => x.text).join("");
  const splice = minimalSplice(plain(current), plain(runs));
  if (splice && sameRichText(spliceRichText(current, splice.index, splice.deleteCount, splice.insert), runs)) {
    spliceRuns(text, splice.index, splice.deleteCount, splice.insert);
    return;
  }
  text.delete(0, text.length);
  insertRuns(text, 0, runs);
}

/** Makes a Y.Text hold `value` by the smallest splice. */
export function setPlain(text: Y.Text, value: string): void {
  const splice = minimalSplice(text.toString(), value);
  if (!splice) return;
  if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
  if (splice.insert !== "") text.insert(splice.index, splice.insert);
}
