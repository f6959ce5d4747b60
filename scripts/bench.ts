/**
 * `npm run bench`: every benchmark of the repository, each printed as its time and as a ratio to a
 * baseline measured in the same run (machines here are noisy; ratios travel, milliseconds do not).
 * `npm run bench -- analytics` runs only benchmarks whose name contains "analytics".
 * Benchmarks live beside their package in `bench/*.bench.ts` and export `bench*()` functions that
 * return rows; this script only finds, runs and prints them.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import { pathToFileURL } from "node:url";

export interface BenchRow {
  name: string;
  ms: number;
  baselineMs: number;
  ratio: number;
  target?: string;
  note?: string;
}

const root = resolve(import.meta.dirname, "..");
const filter = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const files: string[] = [];
for (const group of ["packages", "apps"]) {
  for (const ws of readdirSync(join(root, group))) {
    const dir = join(root, group, ws, "bench");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith(".bench.ts")) files.push(join(dir, f));
  }
}

const rows: BenchRow[] = [];
const extras: string[] = [];
for (const file of files) {
  const rel = relative(root, file);
  if (filter.length && !filter.some((f) => rel.includes(f))) continue;
  const mod: Record<string, unknown> = await import(pathToFileURL(file).href);
  for (const [name, fn] of Object.entries(mod)) {
    if (!name.startsWith("bench") || typeof fn !== "function") continue;
    console.error(`running ${rel} ${name}…`);
    rows.push(...asRows(await fn()));
  }
}

/**
 * A benchmark returns one row, a list of rows, or a report `{ rows, …figures }` whose other
 * figures (e.g. bytes per event) are printed after the table. Rows with a warm time (`warmMs`,
 * a repeat on cached indexes) get it in their note.
 */
function asRows(out: unknown): BenchRow[] {
  if (Array.isArray(out)) return out.map(withWarmNote);
  if (out && typeof out === "object" && "rows" in out && Array.isArray(out.rows)) {
    const { rows: list, ...figures } = out as { rows: BenchRow[] };
    extras.push(...Object.entries(figures).map(([k, v]) => `${k}: ${String(v)}`));
    return list.map(withWarmNote);
  }
  return [withWarmNote(out as BenchRow)];
}

function withWarmNote(row: BenchRow & { warmMs?: number; baselineWarmMs?: number }): BenchRow {
  // Rows measured once (ingest, a foreign baseline) carry their one time as warm too: no note.
  if (row.warmMs === undefined || (row.warmMs === row.ms && (row.baselineWarmMs ?? row.baselineMs) === row.baselineMs)) return row;
  // Against the baseline's own second run when it has one: warm against warm.
  const warm = `warm ${row.warmMs} ms (ratio ${(row.warmMs / (row.baselineWarmMs ?? row.baselineMs)).toPrecision(2)})`;
  return { ...row, note: row.note ? `${row.note}; ${warm}` : warm };
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(3));
console.log("| benchmark | ms | baseline ms | ratio | target | note |");
console.log("| --- | ---: | ---: | ---: | --- | --- |");
for (const r of rows) console.log(`| ${r.name} | ${fmt(r.ms)} | ${fmt(r.baselineMs)} | ${r.ratio < 0.1 ? r.ratio.toPrecision(2) : r.ratio.toFixed(2)} | ${r.target ?? ""} | ${r.note ?? ""} |`);
for (const line of extras) console.log(`- ${line}`);
