import type { RichText, TextRun } from "../records/rich-text";

function sameFormat(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

/**
 * Rich text with empty runs dropped and neighbouring runs of the same formatting joined. Two
 * rich texts that read and look the same have the same canonical form; the Yjs binding stores
 * rich text in this form, so comparisons across the two go through it.
 *
 * @example
 * canonicalRichText([{ text: "a" }, { text: "" }, { text: "b" }]) // [{ text: "ab" }]
 */
export function canonicalRichText(runs: RichText): RichText {
  const out: RichText = [];
  for (const run of runs) {
    if (run.text === "") continue;
    const last = out[out.length - 1];
    if (last && sameFormat(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push({ ...run });
  }
  return out;
}

/**
 * True when two rich texts read and look the same (compared in canonical form).
 *
 * @example
 * sameRichText([{ text: "a" }, { text: "b" }], [{ text: "ab" }]) // true
 */
export function sameRichText(a: RichText, b: RichText): boolean {
  const x = canonicalRichText(a);
  const y = canonicalRichText(b);
  return x.length === y.length && x.every((run, i) => run.text === y[i]!.text && sameFormat(run, y[i]!));
}
