/**
 * Benchmark of `renderMapSvg` on the 40 steps × 20 lanes × 5 personas map. The baseline, timed in
 * the same run, is `JSON.stringify` of that map: serialising the document is the least any export
 * does, so the ratio says how much the layout (text measuring and wrapping) costs on top.
 * `npm run bench` calls `benchRender()`.
 */
import { renderMapSvg } from "../src/render/render-map-svg";
import { buildLargeMap } from "./large-map";
import { medianMs } from "./median-time";

export interface BenchResult {
  name: string;
  ms: number;
  baselineMs: number;
  ratio: number;
}

export function benchRender(runs = 15): BenchResult[] {
  const doc = buildLargeMap();
  const rows: BenchResult[] = [];
  for (const [label, options] of [["en", {}], ["persona filter", { personaId: "persona:p0" as const }]] as const) {
    const ms = medianMs(runs, () => renderMapSvg(doc, options));
    const baselineMs = medianMs(runs, () => JSON.stringify(doc));
    rows.push({ name: `renderMapSvg 40 steps × 20 lanes × 5 personas (${label})`, ms, baselineMs, ratio: ms / baselineMs });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(benchRender());
