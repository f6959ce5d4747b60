import { FONT_METRICS } from "./font-metrics.generated";
import type { FontMetrics } from "./font-metrics-record";

export type { FontMetrics } from "./font-metrics-record";

/** Advance of `codePoint` in thousandths of an em, or undefined when the font has no glyph for it. */
export function advanceOf(metrics: FontMetrics, codePoint: number): number | undefined {
  for (const [start, widths] of metrics.ranges) {
    const width = widths[codePoint - start];
    if (width !== undefined && codePoint >= start) return width < 0 ? undefined : width;
  }
  return undefined;
}

/** The metrics of a shipped family and weight (bold is 700, anything else 400). */
export function metricsOf(family: string, weight: number): FontMetrics {
  const wanted = weight >= 600 ? 700 : 400;
  const found = FONT_METRICS.find((m) => m.family === family && m.weight === wanted) ?? FONT_METRICS[0];
  if (!found) throw new Error("font metrics are empty: run packages/export/scripts/generate-font-metrics.ts");
  return found;
}
