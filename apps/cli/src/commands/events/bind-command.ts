import { applySegment, bindJourney, type BindJourneyResult } from "@kaart/analytics";
import { UsageError } from "../../cli-error";
import type { CliIo } from "../../cli-io";
import { parseEventsFlags, readOptions, segmentFromFlags, stringFlag } from "./events-flags";
import { formatDuration } from "./format-duration";
import { loadDocument } from "../../load-document";
import { writeDocument } from "../../write-document";
import { DEFAULT_MAX_BYTES } from "../../parse-flags";
import { loadEventLog } from "./load-event-log";
import { textTable } from "./text-table";

export const BIND_USAGE = "kaart events bind <log> --map <in.kaart.json> -o <out.kaart.json> [--json]";

/**
 * `kaart events bind`: suggests which activities each step stands for (steps already bound keep
 * their binding), writes `step.binding` and a metrics cell per bound step (cases reaching,
 * conversion, drop-off, median time), and saves the map to `-o`.
 */
export async function runBindCommand(argv: string[], io: CliIo, now: () => string): Promise<number> {
  const { values, positionals } = parseEventsFlags(argv, { map: { type: "string" }, output: { type: "string", short: "o" } });
  const mapPath = stringFlag(values, "map");
  if (values.help) {
    io.stdout.write(`Usage: ${BIND_USAGE}\n`);
    return 0;
  }
  const output = stringFlag(values, "output");
  if (positionals.length !== 1 || !mapPath || !output) throw new UsageError(`expected ${BIND_USAGE}`);
  const { document: doc } = await loadDocument(mapPath, io, DEFAULT_MAX_BYTES);
  const log = applySegment(await loadEventLog(positionals[0]!, io, readOptions(values)), segmentFromFlags(values));
  const result = bindJourney(doc, log, { now: now(), source: `event log ${positionals[0]!}`.slice(0, 500) });
  await writeDocument(output, result.document, io);
  io.stdout.write(values.json ? `${JSON.stringify({ bindings: result.bindings, metrics: result.metrics }, null, 2)}\n` : `${bindText(result)}\nwrote ${output}\n`);
  return 0;
}

export function bindText(result: BindJourneyResult): string {
  const metrics = new Map(result.metrics.map((m) => [m.stepId, m]));
  const rows = [["step", "activities", "", "cases", "conversion", "median from previous"]];
  for (const b of result.bindings) {
    const m = metrics.get(b.stepId);
    rows.push([b.stepName, b.activities.join(", ") || "–", b.suggested ? "suggested" : "kept", String(m?.cases ?? "–"), m ? `${(m.conversion * 100).toFixed(1)}%` : "–", formatDuration(m?.medianSecondsFromPrevious ?? null)]);
  }
  return result.bindings.length === 0 ? "no step matches an activity of the log" : textTable(rows, [false, false, false, true, true, true]);
}
