import { execFile } from "node:child_process";
import { join } from "node:path";

/** PM4Py's phases on one log, in milliseconds, and the graph it found. */
export interface Pm4pyDfgRun {
  version: string;
  events: number;
  /** pandas.read_csv. */
  readMs: number;
  /** Timestamps parsed and rows sorted (pm4py.format_dataframe). */
  formatMs: number;
  /** pm4py.discover_dfg on the formatted frame. */
  dfgMs: number;
  edges: Array<[from: string, to: string, count: number]>;
  start: Record<string, number>;
  end: Record<string, number>;
}

/** Why PM4Py did not run: the benchmark prints it and goes on without the row. */
export interface Pm4pyAbsent {
  absent: string;
}

/** Exit status of `pm4py-dfg.py` when pandas or PM4Py cannot be imported. */
const NOT_IMPORTABLE = 3;

/**
 * Runs PM4Py's `discover_dfg` on a CSV log in a Python process beside ours. The interpreter is
 * `PM4PY_PYTHON` (default `python3`); it needs pandas and PM4Py importable (`pip install pm4py`,
 * or PM4Py's source on `PYTHONPATH` with Debian's python3-pandas and friends).
 * Runs after every other measurement, never beside one: it takes both cores for tens of seconds.
 */
export function runPm4pyDfg(
  csvPath: string,
  columns = { case: "case_id", activity: "activity", timestamp: "timestamp" },
  python = process.env.PM4PY_PYTHON ?? "python3",
): Promise<Pm4pyDfgRun | Pm4pyAbsent> {
  const script = join(import.meta.dirname, "pm4py-dfg.py");
  return new Promise((resolve) => {
    execFile(
      python,
      [script, csvPath, columns.case, columns.activity, columns.timestamp],
      { maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) {
          // A missing interpreter reports the errno string; a finished process, its exit status.
          const code: unknown = (error as { code?: unknown }).code;
          if (code === "ENOENT") return resolve({ absent: `${python} not found (set PM4PY_PYTHON)` });
          if (code === NOT_IMPORTABLE) return resolve({ absent: `${python} cannot import PM4Py: ${firstLine(stdout)} (pip install pm4py, or set PM4PY_PYTHON and PYTHONPATH)` });
          return resolve({ absent: `PM4Py failed: ${lastLine(stderr) || error.message}` });
        }
        resolve(JSON.parse(stdout) as Pm4pyDfgRun);
      },
    );
  });
}

/**
 * Compares PM4Py's edge and start/end counts with ours; returns the first difference in words,
 * or undefined when they agree — a timing is only worth printing for the same answer.
 */
export function dfgDifference(
  pm4py: Pm4pyDfgRun,
  ours: { edges: Array<{ from: string; to: string; count: number }>; start: Record<string, number>; end: Record<string, number> },
): string | undefined {
  const theirs = new Map(pm4py.edges.map(([from, to, count]) => [`${from}\u0000${to}`, count]));
  if (theirs.size !== ours.edges.length) return `${theirs.size} edges in PM4Py, ${ours.edges.length} in Kaart`;
  for (const edge of ours.edges) {
    const count = theirs.get(`${edge.from}\u0000${edge.to}`);
    if (count !== edge.count) return `${edge.from} → ${edge.to}: ${count ?? "absent"} in PM4Py, ${edge.count} in Kaart`;
  }
  for (const [name, a, b] of [["start", pm4py.start, ours.start], ["end", pm4py.end, ours.end]] as const) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (a[key] !== b[key]) return `${name} ${key}: ${a[key] ?? "absent"} in PM4Py, ${b[key] ?? "absent"} in Kaart`;
  }
  return undefined;
}

const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";
const lastLine = (text: string) => text.trim().split("\n").at(-1) ?? "";
