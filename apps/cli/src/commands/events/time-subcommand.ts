import { runQuery } from "@kaart/analytics";
import type { EventsSubcommand } from "./events-subcommand";
import { formatDuration } from "./format-duration";
import { textTable } from "./text-table";

export const timeSubcommand: EventsSubcommand = {
  name: "time",
  summary: "median and p90 time per activity (until the next event) and per transition; case durations",
  usage: "kaart events time <log> [--json]",
  options: {},
  prepare: (_values, segment) => (log) => {
    const r = runQuery(log, { kind: "time", version: 1, segment });
    const rows = [["activity", "count", "median", "p90"]];
    for (const a of r.activities) rows.push([a.activity, String(a.count), formatDuration(a.medianSeconds), formatDuration(a.p90Seconds)]);
    const c = r.cases;
    const cases = `cases: ${c.count}, median ${formatDuration(c.medianSeconds)}, p90 ${formatDuration(c.p90Seconds)}, min ${formatDuration(c.minSeconds)}, max ${formatDuration(c.maxSeconds)}`;
    return { json: r, text: `${textTable(rows, [false, true, true, true])}\n${cases}` };
  },
};
