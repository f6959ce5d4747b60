/**
 * Benchmark of event-log ingest and queries against DuckDB SQL on the same synthetic log.
 * Run: `node --expose-gc --no-flush-bytecode --import tsx packages/analytics/bench/events.bench.ts [events]` (default
 * 10,000,000). `--no-flush-bytecode` as the server sets it (apps/server/src/main.ts): otherwise V8 may drop a kernel's
 * compiled code between the read and its first query, which then compiles it again.
 * Performance is measured here, never asserted in tests.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { readEventLog } from "../src/ingest/read-event-log";
import { DEFAULT_READ_LIMITS } from "../src/ingest/read-limits";
import type { EventLog } from "../src/log/event-log";
import { runQuery } from "../src/queries/run-query";
import type { DfgResult } from "../src/queries/dfg/schema";
import { DuckDbBaseline } from "./duckdb-baseline";
import { dfgDifference, runPm4pyDfg } from "./pm4py-baseline";
import { writeSyntheticLog } from "./synthetic-log";

export interface BenchRow {
  name: string;
  /** First run on a freshly read log (cold: no derived index cached yet, query code not yet optimised). */
  ms: number;
  /** Second run on the same log (warm: reuses the indexes and results the first run cached). */
  warmMs: number;
  /** A third run on a copy of the log object (no cached index or result, query code already optimised): the work itself. */
  recomputeMs: number;
  /** DuckDB's first run of the same query. */
  baselineMs: number;
  /** DuckDB's second run. */
  baselineWarmMs: number;
  /** ms / baselineMs: below 1 is faster than DuckDB. */
  ratio: number;
  /** warmMs / baselineWarmMs. */
  warmRatio: number;
  /** recomputeMs / baselineWarmMs. */
  recomputeRatio: number;
  note?: string;
}

export interface BenchReport {
  events: number;
  cases: number;
  activities: number;
  csvBytes: number;
  rows: BenchRow[];
  /** Resident memory added by the loaded log (read by the default path: two worker threads), in bytes per event. */
  residentBytesPerEvent: number;
  /** Bytes of the log's own arrays per event. */
  columnBytesPerEvent: number;
  /** PM4Py's run beside ours, in words: its phases, or why it did not run. */
  pm4py: string;
}

const WINDOW_SECONDS = 30 * 86_400;

/**
 * Two full collections: the first finds the garbage, and V8 frees the memory of dead array
 * buffers on a background thread that the second one waits for — so resident memory is read
 * without the columns ingest has just dropped.
 */
function settle(): void {
  global.gc?.();
  global.gc?.();
}

async function timed<T>(work: () => Promise<T> | T, before?: () => void): Promise<{ ms: number; value: T }> {
  before?.();
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * Generates a log of `events` events, ingests it with readEventLog and with DuckDB (read_csv +
 * sort), then runs dfg, variants top 100, a 5-step funnel, paths 5 and predict on both: ours
 * cold, warm (on the indexes the first run cached on the log) and recomputed (on a copy of the
 * log object, with none of them), DuckDB twice. Ingest
 * runs twice: by default (two worker threads on a machine with two cores or more; its log is the
 * one measured and queried), then on the calling thread alone.
 */
export async function benchEvents({ events = 10_000_000 }: { events?: number } = {}): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), "kaart-bench-"));
  try {
    const synthetic = await writeSyntheticLog(join(dir, "events.csv"), events);
    const rows: BenchRow[] = [];
    const round = (ms: number) => Number(ms.toFixed(1));
    const ratio = (ms: number, baselineMs: number) => Number((ms / baselineMs).toPrecision(2));
    const add = (name: string, ms: number, baselineMs: number, more?: { warmMs: number; recomputeMs: number; baselineWarmMs: number }) => {
      const warm = more ?? { warmMs: ms, recomputeMs: ms, baselineWarmMs: baselineMs };
      rows.push({
        name,
        ms: round(ms),
        warmMs: round(warm.warmMs),
        recomputeMs: round(warm.recomputeMs),
        baselineMs: Math.round(baselineMs),
        baselineWarmMs: Math.round(warm.baselineWarmMs),
        ratio: ratio(ms, baselineMs),
        warmRatio: ratio(warm.warmMs, warm.baselineWarmMs),
        recomputeRatio: ratio(warm.recomputeMs, warm.baselineWarmMs),
        ...(more ? { note: `recomputed ${round(warm.recomputeMs)} ms (ratio ${ratio(warm.recomputeMs, warm.baselineWarmMs)} of DuckDB's second run, ${Math.round(warm.baselineWarmMs)} ms)` } : {}),
      });
    };
    /**
     * Ours cold, warm, then on a copy of the log object — derived indexes are cached per log
     * object, so the copy shares the columns but none of the cache — and DuckDB twice.
     */
    const query = async (name: string, run: (log: EventLog) => unknown, baseline: () => Promise<number>) => {
      // Garbage is collected before every timed run, so none pays for what an earlier one left —
      // DuckDB's rows turned into JavaScript values, our previous query's results.
      const cold = (await timed(() => run(log), settle)).ms;
      const warmMs = (await timed(() => run(log), settle)).ms;
      const recomputeMs = (await timed(() => run({ ...log }), settle)).ms;
      const baselineMs = (await timed(baseline, settle)).ms;
      const baselineWarmMs = (await timed(baseline, settle)).ms;
      add(name, cold, baselineMs, { warmMs, recomputeMs, baselineWarmMs });
    };

    settle();
    const rssBefore = process.memoryUsage().rss;
    const byDefault = await timed(() => readEventLog(synthetic.path));
    const log: EventLog = byDefault.value;
    settle();
    const rssAfter = process.memoryUsage().rss;

    // Only the time is kept: holding a second log would double the heap the queries run beside.
    const oneThreadMs = (await timed(() => readEventLog(synthetic.path, { threads: 1 }))).ms;
    const duck = await DuckDbBaseline.open(2);
    try {
      const duckIngest = (await timed(() => duck.ingest(synthetic.path))).ms;
      // Worker threads only from `parallelMinBytes` on (64 MB): a 1 M-event log is read on the calling thread by default too.
      const workers = statSync(synthetic.path).size >= DEFAULT_READ_LIMITS.parallelMinBytes ? Math.min(2, availableParallelism()) : 1;
      add(`ingest (csv → sorted log), default (${workers > 1 ? `${workers} worker threads` : "calling thread: file under 64 MB"})`, byDefault.ms, duckIngest);
      add("ingest (csv → sorted log), 1 thread (threads: 1)", oneThreadMs, duckIngest);
      await query("dfg", (l) => runQuery(l, { kind: "dfg", version: 1 }), () => duck.dfg());
      await query("variants top 100", (l) => runQuery(l, { kind: "variants", version: 1, top: 100 }), () => duck.variants(100));
      const funnel = { kind: "funnel", version: 1, steps: synthetic.funnel, windowSeconds: WINDOW_SECONDS } as const;
      await query("funnel 5 steps, 30d", (l) => runQuery(l, funnel), () => duck.funnel(synthetic.funnel, WINDOW_SECONDS));
      await query("paths 5", (l) => runQuery(l, { kind: "paths", version: 1, steps: 5 }), () => duck.paths(5));
      const predict = { kind: "predict", version: 1, after: synthetic.funnel[0]! } as const;
      await query("predict (+ held-out accuracy)", (l) => runQuery(l, predict), () => duck.predict());
    } finally {
      duck.close();
    }
    // Last, alone: PM4Py takes both cores for tens of seconds at 10 M events.
    const pm4py = await comparePm4py(synthetic.path, byDefault.ms, rows.find((r) => r.name === "dfg")!.ms, runQuery(log, { kind: "dfg", version: 1 }) as DfgResult);
    rows.push(...pm4py.rows);
    return {
      events: synthetic.events,
      cases: synthetic.cases,
      activities: synthetic.activities.length,
      csvBytes: statSync(synthetic.path).size,
      rows,
      residentBytesPerEvent: Math.round((rssAfter - rssBefore) / synthetic.events),
      columnBytesPerEvent: Math.round((log.activity.byteLength + log.time.byteLength + log.caseStart.byteLength) / synthetic.events),
      pm4py: pm4py.summary,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * PM4Py's `discover_dfg` beside our cold dfg, and its read + format beside our default ingest,
 * as two rows whose baseline is PM4Py — but only when both found the same graph.
 */
async function comparePm4py(csvPath: string, ingestMs: number, dfgMs: number, ours: DfgResult): Promise<{ rows: BenchRow[]; summary: string }> {
  const run = await runPm4pyDfg(csvPath);
  if ("absent" in run) return { rows: [], summary: `not run: ${run.absent}` };
  const difference = dfgDifference(run, ours);
  if (difference) return { rows: [], summary: `PM4Py ${run.version} found another graph (${difference}); no timing compared` };
  const row = (name: string, ms: number, baselineMs: number, note: string): BenchRow => {
    const ratio = Number((ms / baselineMs).toPrecision(2));
    return { name, ms: Number(ms.toFixed(1)), warmMs: Number(ms.toFixed(1)), recomputeMs: Number(ms.toFixed(1)), baselineMs: Math.round(baselineMs), baselineWarmMs: Math.round(baselineMs), ratio, warmRatio: ratio, recomputeRatio: ratio, note };
  };
  const formatted = run.readMs + run.formatMs;
  return {
    rows: [
      row("dfg vs PM4Py discover_dfg", dfgMs, run.dfgMs, `baseline: PM4Py ${run.version} discover_dfg on a formatted pandas frame`),
      row("ingest vs PM4Py read_csv + format_dataframe", ingestMs, formatted, `baseline: pandas read_csv ${Math.round(run.readMs)} ms + format_dataframe ${Math.round(run.formatMs)} ms`),
    ],
    summary: `PM4Py ${run.version}: read ${Math.round(run.readMs)} ms, format ${Math.round(run.formatMs)} ms, discover_dfg ${Math.round(run.dfgMs)} ms; same ${run.edges.length} edges and start/end counts as Kaart`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const events = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const report = await benchEvents(events === undefined ? {} : { events });
  console.table(report.rows);
  const { rows: _rows, ...figures } = report;
  console.log(figures);
}
