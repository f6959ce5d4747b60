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
  const ms = median(runs, () => analyzeMap(doc));
  const baselineMs = median(runs, () => validateDocument(JSON.parse(text)));
  return { name: "analyzeMap 40 steps × 20 lanes × 5 personas", ms, baselineMs, ratio: ms / baselineMs, target: "< 20 ms" };
}

/** Median wall time of `fn` over `runs`, after a few warm-up calls so the JIT has compiled it. */
function median(runs: number, fn: () => unknown): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

// Run directly (`node --import tsx packages/core/bench/analyze.bench.ts`): print the result.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(benchAnalyze());
