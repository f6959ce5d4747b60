/**
 * Benchmark of event-log ingest and queries against DuckDB SQL on the same synthetic log.
 * Run: `node --import tsx packages/analytics/bench/events.bench.ts [events]` (default 10,000,000).
 * Performance is measured here, never asserted in tests.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEventLog } from "../src/ingest/read-event-log";
import type { EventLog } from "../src/log/event-log";
import { runQuery } from "../src/queries/run-query";
import { DuckDbBaseline } from "./duckdb-baseline";
import { writeSyntheticLog } from "./synthetic-log";

export interface BenchRow {
  name: string;
  ms: number;
  baselineMs: number;
  /** ms / baselineMs: below 1 is faster than DuckDB. */
  ratio: number;
}

export interface BenchReport {
  events: number;
  cases: number;
  activities: number;
  csvBytes: number;
  rows: BenchRow[];
  /** Resident memory added by the loaded log, in bytes per event. */
  residentBytesPerEvent: number;
  /** Bytes of the log's own arrays per event. */
  columnBytesPerEvent: number;
}

const WINDOW_SECONDS = 30 * 86_400;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * Generates a log of `events` events, ingests it with readEventLog and with DuckDB (read_csv +
 * sort), then runs dfg, variants top 100, a 5-step funnel, paths 5 and predict on both. Ingest
 * runs twice: with two worker threads (opt-in) and on one thread (the default).
 */
export async function benchEvents({ events = 10_000_000 }: { events?: number } = {}): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), "kaart-bench-"));
  try {
    const synthetic = await writeSyntheticLog(join(dir, "events.csv"), events);
    const rows: BenchRow[] = [];
    const add = (name: string, ms: number, baselineMs: number) => rows.push({ name, ms: Math.round(ms), baselineMs: Math.round(baselineMs), ratio: Number((ms / baselineMs).toFixed(2)) });

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const ours = await timed(() => readEventLog(synthetic.path, { threads: 2 }));
    const log: EventLog = ours.value;
    global.gc?.();
    const rssAfter = process.memoryUsage().rss;

    const oneThread = await timed(() => readEventLog(synthetic.path, { threads: 1 }));
    const duck = await DuckDbBaseline.open(2);
    try {
      const duckIngest = (await timed(() => duck.ingest(synthetic.path))).ms;
      add("ingest (csv → sorted log), 2 worker threads", ours.ms, duckIngest);
      add("ingest (csv → sorted log), 1 thread", oneThread.ms, duckIngest);
      add("dfg", (await timed(() => runQuery(log, { kind: "dfg", version: 1 }))).ms, (await timed(() => duck.dfg())).ms);
      add("variants top 100", (await timed(() => runQuery(log, { kind: "variants", version: 1, top: 100 }))).ms, (await timed(() => duck.variants(100))).ms);
      const funnel = { kind: "funnel", version: 1, steps: synthetic.funnel, windowSeconds: WINDOW_SECONDS } as const;
      add("funnel 5 steps, 30d", (await timed(() => runQuery(log, funnel))).ms, (await timed(() => duck.funnel(synthetic.funnel, WINDOW_SECONDS))).ms);
      add("paths 5", (await timed(() => runQuery(log, { kind: "paths", version: 1, steps: 5 }))).ms, (await timed(() => duck.paths(5))).ms);
      const predict = { kind: "predict", version: 1, after: synthetic.funnel[0]! } as const;
      add("predict (+ held-out accuracy)", (await timed(() => runQuery(log, predict))).ms, (await timed(() => duck.predict())).ms);
    } finally {
      duck.close();
    }
    return {
      events: synthetic.events,
      cases: synthetic.cases,
      activities: synthetic.activities.length,
      csvBytes: statSync(synthetic.path).size,
      rows,
      residentBytesPerEvent: Math.round((rssAfter - rssBefore) / synthetic.events),
      columnBytesPerEvent: Math.round((log.activity.byteLength + log.time.byteLength + log.caseStart.byteLength) / synthetic.events),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const events = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const report = await benchEvents(events === undefined ? {} : { events });
  console.table(report.rows);
  const { rows: _rows, ...figures } = report;
  console.log(figures);
}
