/**
 * Benchmark of `analyzeMap` on the 40 steps × 20 lanes × 5 personas map. The baseline, timed in
 * the same run, is what loading that map costs anyway (JSON round trip + `validateDocument`), so
 * the ratio stays meaningful on slower or busier machines. Budget: well under 20 ms
 * (docs/analysis.md). `npm run bench` calls `benchAnalyze()`; run this file directly to print it.
 */
import { pathToFileURL } from "node:url";
import { analyzeMap } from "../src/analysis/analyze-map";
import { validateDocument } from "../src/document/validate-document";
import { buildLargeMap } from "./large-map";
import { medianMs } from "./median-time";

export interface BenchResult {
  name: string;
  /** Median milliseconds of one `analyzeMap`. */
  ms: number;
  /** Median milliseconds of one JSON round trip + `validateDocument` of the same map. */
  baselineMs: number;
  ratio: number;
  /** The budget, for the report (docs/analysis.md). */
  target: string;
}

export function benchAnalyze(runs = 30): BenchResult {
  const doc = buildLargeMap();
  const text = JSON.stringify(doc);
  const ms = medianMs(runs, () => analyzeMap(doc));
  const baselineMs = medianMs(runs, () => validateDocument(JSON.parse(text)));
  return { name: "analyzeMap 40 steps × 20 lanes × 5 personas", ms, baselineMs, ratio: ms / baselineMs, target: "< 20 ms" };
}

// Run directly (`node --import tsx packages/core/bench/analyze.bench.ts`): print the result.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(benchAnalyze());
