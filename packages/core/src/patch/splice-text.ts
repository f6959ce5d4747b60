import type { RichText } from "../records/rich-text";

/** Splice a plain string; indexes outside the text are clamped. */
export function spliceString(text: string, index: number, deleteCount: number, insert: string): string {
  const at = Math.max(0, Math.min(index, text.length));
  const end = Math.max(at, Math.min(at + Math.max(0, deleteCount), text.length));
  return text.slice(0, at) + insert + text.slice(end);
}

/**
 * Splice rich text by plain-text index. Deleted characters are removed from whichever runs hold
 * them; inserted text joins the run holding the character before `index` (or the first run), so
 * typing continues the formatting the caret is in. Runs left empty are dropped.
 */
export function spliceRichText(runs: RichText, index: number, deleteCount: number, insert: string): RichText {
  const total = runs.reduce((n, r) => n + r.text.length, 0);
  const at = Math.max(0, Math.min(index, total));
  const end = Math.max(at, Math.min(at + Math.max(0, deleteCount), total));
  if (runs.length === 0) return insert === "" ? [] : [{ text: insert }];
  const clamp = (n: number, len: number) => Math.max(0, Math.min(n, len));
  const out: RichText = [];
  let start = 0;
  let host = 0;
  runs.forEach((run, i) => {
    if (start < at && at <= start + run.text.length) host = i;
    start += run.text.length;
  });
  start = 0;
  runs.forEach((run, i) => {
    const len = run.text.length;
    const before = run.text.slice(0, clamp(at - start, len));
    const after = run.text.slice(clamp(end - start, len));
    const text = i === host ? before + insert + after : before + after;
    if (text !== "") out.push({ ...run, text });
    start += len;
  });
  return out;
}
