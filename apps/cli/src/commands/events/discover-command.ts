import { applySegment, discoverJourney } from "@kaart/analytics";
import { basename } from "node:path";
import { UsageError } from "../../cli-error";
import type { CliIo } from "../../cli-io";
import { bindText } from "./bind-command";
import { integerFlag, parseEventsFlags, readOptions, segmentFromFlags, stringFlag } from "./events-flags";
import { writeDocument } from "../../write-document";
import { loadEventLog } from "./load-event-log";

export const DISCOVER_USAGE = "kaart events discover <log> -o <map.kaart.yaml> [--title <t>] [--max-steps N] [--min-share 0.05]";

/**
 * `kaart events discover`: drafts a map from a log — the most widespread activities as steps in
 * journey order, bound to their activities, with metrics cells — and writes it to `-o`.
 */
export async function runDiscoverCommand(argv: string[], io: CliIo, now: () => string): Promise<number> {
  const { values, positionals } = parseEventsFlags(argv, {
    output: { type: "string", short: "o" },
    title: { type: "string" },
    "max-steps": { type: "string" },
    "min-share": { type: "string" },
  });
  if (values.help) {
    io.stdout.write(`Usage: ${DISCOVER_USAGE}\n`);
    return 0;
  }
  const output = stringFlag(values, "output");
  if (positionals.length !== 1 || !output) throw new UsageError(`expected ${DISCOVER_USAGE}`);
  const minShareText = stringFlag(values, "min-share");
  const minShare = minShareText === undefined ? undefined : Number(minShareText);
  if (minShare !== undefined && !(minShare >= 0 && minShare <= 1)) throw new UsageError(`--min-share: expected a share between 0 and 1, got ${minShareText}`);
  const logPath = positionals[0]!;
  const log = applySegment(await loadEventLog(logPath, io, readOptions(values)), segmentFromFlags(values));
  const result = discoverJourney(log, {
    now: now(),
    title: (stringFlag(values, "title") ?? `Journey from ${basename(logPath)}`).slice(0, 500),
    source: `event log ${logPath}`.slice(0, 500),
    ...(minShare === undefined ? {} : { minCaseShare: minShare }),
    ...(integerFlag(values, "max-steps") === undefined ? {} : { maxSteps: integerFlag(values, "max-steps")! }),
  });
  await writeDocument(output, result.document, io);
  io.stdout.write(values.json ? `${JSON.stringify({ bindings: result.bindings, metrics: result.metrics }, null, 2)}\n` : `${bindText(result)}\nwrote ${output}\n`);
  return 0;
}
