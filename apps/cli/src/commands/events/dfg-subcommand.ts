import { runQuery } from "@kaart/analytics";
import type { EventsSubcommand } from "./events-subcommand";
import { formatDuration } from "./format-duration";
import { countsLine, textTable } from "./text-table";

export const dfgSubcommand: EventsSubcommand = {
  name: "dfg",
  summary: "directly-follows graph: every pair of consecutive activities with count, mean and median time",
  usage: "kaart events dfg <log> [--json]",
  options: {},
  prepare: (_values, segment) => (log) => {
    const r = runQuery(log, { kind: "dfg", version: 1, segment });
    const rows = [["from", "to", "count", "mean", "median"]];
    for (const e of r.edges) rows.push([e.from, e.to, String(e.count), formatDuration(e.meanSeconds), formatDuration(e.medianSeconds)]);
    const text = `${textTable(rows, [false, false, true, true, true])}\nstart: ${countsLine(r.start)}\nend: ${countsLine(r.end)}`;
    return { json: r, text };
  },
};
