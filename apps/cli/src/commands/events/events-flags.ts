import { parseArgs, type ParseArgsConfig } from "node:util";
import { LOG_FORMATS, segmentSchema, type ReadEventLogOptions, type Segment } from "@kaart/analytics";
import { UsageError } from "../../cli-error";

/** Flags every `kaart events` subcommand accepts. */
export const EVENTS_OPTIONS = {
  case: { type: "string" },
  activity: { type: "string" },
  timestamp: { type: "string" },
  where: { type: "string", multiple: true },
  since: { type: "string" },
  until: { type: "string" },
  format: { type: "string" },
  delimiter: { type: "string" },
  clock: { type: "string" },
  threads: { type: "string" },
  json: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  "max-bytes": { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

/** Strict parseArgs over the common flags plus a subcommand's own; errors become usage errors (exit 2). */
export function parseEventsFlags(argv: string[], extra: NonNullable<ParseArgsConfig["options"]>): { values: FlagValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...EVENTS_OPTIONS, ...extra }, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** A flag's single string value, or undefined. */
export function stringFlag(values: FlagValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** A repeatable flag's values. */
export function listFlag(values: FlagValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}

/** Read options from `--case/--activity/--timestamp/--format/--delimiter/--clock/--max-bytes`. */
export function readOptions(values: FlagValues): ReadEventLogOptions {
  const columns: NonNullable<ReadEventLogOptions["columns"]> = {};
  for (const role of ["case", "activity", "timestamp"] as const) {
    const v = stringFlag(values, role);
    if (v !== undefined) columns[role] = v;
  }
  const options: ReadEventLogOptions = { columns };
  const format = stringFlag(values, "format");
  if (format !== undefined) {
    const known = LOG_FORMATS.find((f) => f === format);
    if (!known) throw new UsageError(`--format: expected one of ${LOG_FORMATS.join(", ")}, got ${format}`);
    options.format = known;
  }
  const delimiter = stringFlag(values, "delimiter");
  if (delimiter !== undefined) options.delimiter = delimiter === "\\t" || delimiter === "tab" ? "\t" : delimiter;
  const clock = stringFlag(values, "clock");
  if (clock !== undefined) {
    if (clock !== "utc" && clock !== "local") throw new UsageError(`--clock: expected utc or local, got ${clock}`);
    options.clock = clock;
  }
  const threads = integerFlag(values, "threads");
  if (threads !== undefined) options.threads = threads;
  const maxBytes = stringFlag(values, "max-bytes");
  if (maxBytes !== undefined) options.limits = { maxBytes: parseSize(maxBytes) };
  return options;
}

/** `--where attr=value` (repeatable), `--since`, `--until` as a validated segment. */
export function segmentFromFlags(values: FlagValues): Segment {
  const where = listFlag(values, "where").map((w) => {
    const eq = w.indexOf("=");
    if (eq <= 0) throw new UsageError(`--where: expected <attribute>=<value>, got ${w}`);
    return { attribute: w.slice(0, eq), value: w.slice(eq + 1) };
  });
  const parsed = segmentSchema.safeParse({ where, from: stringFlag(values, "since"), to: stringFlag(values, "until") });
  if (!parsed.success) throw new UsageError(`--since/--until: expected ISO-8601 date-times such as 2024-03-01T00:00:00Z`);
  return parsed.data;
}

/** `--max-bytes 500mb` → bytes (plain numbers and k/m/g suffixes). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--max-bytes: expected a size such as 5000000, 500kb or 2gb, got ${text}`);
  const scale = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase()] ?? 1;
  return Math.floor(Number(m[1]) * scale);
}

/** A positive integer flag, or `fallback` when absent. */
export function integerFlag(values: FlagValues, name: string, fallback?: number): number | undefined {
  const v = stringFlag(values, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name}: expected a positive whole number, got ${v}`);
  return Number(v);
}
