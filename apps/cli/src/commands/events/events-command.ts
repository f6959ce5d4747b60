import { UsageError } from "../../cli-error";
import type { CliIo } from "../../cli-io";
import { BIND_USAGE, runBindCommand } from "./bind-command";
import { dfgSubcommand } from "./dfg-subcommand";
import { DISCOVER_USAGE, runDiscoverCommand } from "./discover-command";
import { parseEventsFlags, readOptions, segmentFromFlags } from "./events-flags";
import type { EventsSubcommand } from "./events-subcommand";
import { funnelSubcommand } from "./funnel-subcommand";
import { loadEventLog } from "./load-event-log";
import { pathsSubcommand } from "./paths-subcommand";
import { predictSubcommand } from "./predict-subcommand";
import { reworkSubcommand } from "./rework-subcommand";
import { statsSubcommand } from "./stats-subcommand";
import { timeSubcommand } from "./time-subcommand";
import { variantsSubcommand } from "./variants-subcommand";

/** The query subcommands, in the order help lists them. */
export const EVENTS_SUBCOMMANDS: EventsSubcommand[] = [
  statsSubcommand,
  dfgSubcommand,
  variantsSubcommand,
  funnelSubcommand,
  pathsSubcommand,
  timeSubcommand,
  reworkSubcommand,
  predictSubcommand,
];

const COMMON_HELP = [
  "Options for every subcommand:",
  "  --case <col> --activity <col> --timestamp <col>   which fields hold them (XES: case:concept:name, concept:name, time:timestamp)",
  "  --where <attr>=<value>   keep cases with an event where attr=value (repeatable)",
  "  --since <iso> --until <iso>   keep events in [since, until)",
  "  --format xes|csv|jsonl|parquet|xlsx  --delimiter <c>  --clock utc|local  --threads N (large CSV)  --max-bytes <size>  --json  --debug",
].join("\n");

function helpText(): string {
  const width = Math.max(...EVENTS_SUBCOMMANDS.map((s) => s.name.length));
  return [
    "Usage: kaart events <subcommand> <log> [options]",
    "",
    "Logs: XES (.xes, .xes.gz), CSV/TSV (any delimiter, .gz too), JSON Lines, Parquet, XLSX (first sheet).",
    "",
    ...EVENTS_SUBCOMMANDS.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
    `  ${"bind".padEnd(width)}  bind a map's steps to activities and write KPI metrics cells`,
    `  ${"discover".padEnd(width)}  draft a map from the log`,
    "",
    ...EVENTS_SUBCOMMANDS.map((s) => `  ${s.usage}`),
    `  ${BIND_USAGE}`,
    `  ${DISCOVER_USAGE}`,
    "",
    COMMON_HELP,
    "",
  ].join("\n");
}

/**
 * `kaart events <subcommand> <log> …`: reads an event log and prints one query's result, as text
 * or with `--json` as the query result itself. Usage errors throw {@link UsageError} (exit 2);
 * unreadable logs throw CLI errors with the file position (exit 1).
 */
export async function runEventsCommand(argv: string[], io: CliIo, now: () => string = () => new Date().toISOString()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === "bind") return runBindCommand(rest, io, now);
  if (name === "discover") return runDiscoverCommand(rest, io, now);
  const sub = EVENTS_SUBCOMMANDS.find((s) => s.name === name);
  if (!sub) throw new UsageError(`unknown events subcommand "${name}"; run kaart events --help`);
  const { values, positionals } = parseEventsFlags(rest, sub.options);
  if (values.help) {
    io.stdout.write(`Usage: ${sub.usage}\n\n${sub.summary}\n\n${COMMON_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one log file: ${sub.usage}`);
  const run = sub.prepare(values, segmentFromFlags(values));
  const log = await loadEventLog(positionals[0]!, io, readOptions(values));
  for (const w of segmentFromFlags(values).where) {
    if (!log.attributes.has(w.attribute)) io.stderr.write(`warning: the log has no attribute "${w.attribute}"; --where selects nothing\n`);
  }
  const out = run(log);
  io.stdout.write(values.json ? `${JSON.stringify(out.json, null, 2)}\n` : `${out.text}\n`);
  return 0;
}

