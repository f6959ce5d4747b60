/**
 * A minimal bidirectional-text reordering for one line (a subset of Unicode UAX #9 enough for
 * Persian, Arabic and Hebrew mixed with Latin text and numbers): strong letters, numbers that stay
 * left-to-right inside right-to-left text, and neutrals (spaces, punctuation) that take the
 * direction around them. PDF text is drawn in visual order, so each line is cut into runs of one
 * direction, ordered as they appear on the page; the font shapes and reverses each RTL run.
 */
export interface VisualRun {
  text: string;
  rtl: boolean;
}

type Kind = "L" | "R" | "N" | "EN";

const RTL_LETTER = /[\u0590-\u05FF\u0600-\u065F\u066A-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const LETTER = /[\p{L}]/u;
const MARK = /\p{M}/u;

function kindOf(ch: string, previous: Kind | undefined): Kind {
  if (MARK.test(ch) && previous) return previous;
  if (NUMBER.test(ch)) return "EN";
  if (RTL_LETTER.test(ch)) return "R";
  if (LETTER.test(ch)) return "L";
  return "N";
}

/** The paragraph direction: that of the first strong letter (UAX #9 rules P2–P3), else `fallback`. */
export function baseIsRtl(text: string, fallback = false): boolean {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return true;
    if (LETTER.test(ch)) return false;
  }
  return fallback;
}

const NUMBER_SEPARATOR = /^[+\-/,.:\u066B\u066C]$/;
const NUMBER_TERMINATOR = /^[%\u066A#$\u20AC\u00A3\u00B0\u2030]$/;

/**
 * Separators between two digits (`4/5`, `1,5`) and terminators next to a number (`30 %` has a
 * space, `30%` not) belong to the number (rules W4–W5), so `4/5` never reads `5/4`.
 */
function attachToNumbers(chars: readonly string[], kinds: Kind[]): Kind[] {
  const out = [...kinds];
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== "N") continue;
    const ch = chars[i] ?? "";
    if (NUMBER_SEPARATOR.test(ch) && out[i - 1] === "EN" && kinds[i + 1] === "EN") out[i] = "EN";
    else if (NUMBER_TERMINATOR.test(ch) && (out[i - 1] === "EN" || kinds[i + 1] === "EN")) out[i] = "EN";
  }
  return out;
}

/** Neutrals between two sides of one direction take it, else the paragraph's (rules N1–N2). */
function resolveNeutrals(kinds: Kind[], rtlBase: boolean): Kind[] {
  const asStrong = (k: Kind | undefined): "L" | "R" => (k === undefined ? (rtlBase ? "R" : "L") : k === "L" ? "L" : "R");
  const out = [...kinds];
  let i = 0;
  while (i < out.length) {
    if (out[i] !== "N") {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j] === "N") j++;
    const before = asStrong(out[i - 1]);
    const after = asStrong(out[j]);
    const resolved: Kind = before === after ? before : rtlBase ? "R" : "L";
    for (let k = i; k < j; k++) out[k] = resolved;
    i = j;
  }
  return out;
}

function levelOf(kind: Kind, rtlBase: boolean): number {
  if (kind === "R") return 1;
  if (kind === "EN") return rtlBase ? 2 : 0;
  return rtlBase ? 2 : 0;
}

/**
 * `text` cut into runs of one direction, in visual order from left to right.
 *
 * @example
 * visualRuns("سلام دنیا") // [{ text: "سلام دنیا", rtl: true }]
 */
export function visualRuns(text: string, fallbackRtl = false): VisualRun[] {
  const rtlBase = baseIsRtl(text, fallbackRtl);
  const chars = [...text];
  const raw: Kind[] = [];
  chars.forEach((ch, i) => raw.push(kindOf(ch, raw[i - 1])));
  const kinds = resolveNeutrals(attachToNumbers(chars, raw), rtlBase);
  const runs: Array<{ text: string; level: number }> = [];
  chars.forEach((ch, i) => {
    const level = levelOf(kinds[i] ?? "N", rtlBase);
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.text += ch;
    else runs.push({ text: ch, level });
  });
  // Rule L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
  const maxLevel = Math.max(0, ...runs.map((r) => r.level));
  const order = runs.map((_, i) => i);
  for (let level = maxLevel; level >= 1; level--) {
    let i = 0;
    while (i < order.length) {
      if ((runs[order[i] ?? 0]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && (runs[order[j] ?? 0]?.level ?? 0) >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order.map((i) => ({ text: runs[i]?.text ?? "", rtl: (runs[i]?.level ?? 0) % 2 === 1 }));
}
