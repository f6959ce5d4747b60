import { advanceOf, metricsOf, type FontMetrics } from "./font-metrics";
import { fontStack, type TextStyle } from "./text-style";

/** Width used for a code point no shipped font covers (the renderer draws a fallback box there). */
const UNKNOWN_ADVANCE = 600;

const stackCache = new Map<string, FontMetrics[]>();

function metricsStack(vazirmatnFirst: boolean, weight: number): FontMetrics[] {
  const key = `${vazirmatnFirst}|${weight}`;
  let stack = stackCache.get(key);
  if (!stack) {
    stack = fontStack(vazirmatnFirst).map((family) => metricsOf(family, weight));
    stackCache.set(key, stack);
  }
  return stack;
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
  const stack = metricsStack(vazirmatnFirst, style.weight);
  let total = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let advance: number | undefined;
    for (const metrics of stack) {
      advance = advanceOf(metrics, cp);
      if (advance !== undefined) break;
    }
    total += advance ?? UNKNOWN_ADVANCE;
  }
  return (total * style.size) / 1000;
}
