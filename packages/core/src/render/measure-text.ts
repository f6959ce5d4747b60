import { advanceOf, metricsOf, type FontMetrics } from "./font-metrics";
import { fontStack, type TextStyle } from "./text-style";

/** Width used for a code point no shipped font covers (the renderer draws a fallback box there). */
const UNKNOWN_ADVANCE = 600;

const stackCache = new Map<string, FontMetrics[]>();
/** Advance per code point for each stack, filled as text is measured (the stacks never change). */
const advanceCache = new Map<string, Map<number, number>>();

function metricsStack(vazirmatnFirst: boolean, weight: number): FontMetrics[] {
  const key = `${vazirmatnFirst}|${weight}`;
  let stack = stackCache.get(key);
  if (!stack) {
    stack = fontStack(vazirmatnFirst).map((family) => metricsOf(family, weight));
    stackCache.set(key, stack);
  }
  return stack;
}

function stackAdvance(stack: readonly FontMetrics[], cp: number): number {
  for (const metrics of stack) {
    const advance = advanceOf(metrics, cp);
    if (advance !== undefined) return advance;
  }
  return UNKNOWN_ADVANCE;
}

/**
 * Width of `text` in user units, from the advance widths of the shipped fonts: each code point
 * is measured in the first font of the stack that has a glyph for it, as the renderers pick it.
 * `vazirmatnFirst` picks the stack (see `leadsWithVazirmatn`). Kerning and Arabic contextual forms are ignored; both only narrow text, so a line measured to
 * fit still fits when drawn.
 *
 * @example
 * measureText("Rīga", { size: 12, weight: 400 }, false) // ≈ 26
 */
export function measureText(text: string, style: TextStyle, vazirmatnFirst: boolean): number {
  const key = `${vazirmatnFirst}|${style.weight}`;
  let advances = advanceCache.get(key);
  if (!advances) {
    advances = new Map();
    advanceCache.set(key, advances);
  }
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    let advance = advances.get(cp);
    if (advance === undefined) {
      advance = stackAdvance(metricsStack(vazirmatnFirst, style.weight), cp);
      advances.set(cp, advance);
    }
    total += advance;
  }
  return (total * style.size) / 1000;
}
