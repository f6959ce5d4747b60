import { runQuery } from "@kaart/analytics";
import type { EventsSubcommand } from "./events-subcommand";
import { textTable } from "./text-table";

export const reworkSubcommand: EventsSubcommand = {
  name: "rework",
  summary: "activities repeated inside a case",
  usage: "kaart events rework <log> [--json]",
  options: {},
  prepare: (_values, segment) => (log) => {
    const r = runQuery(log, { kind: "rework", version: 1, segment });
    const rows = [["activity", "cases", "repetitions"]];
    for (const a of r.activities) rows.push([a.activity, String(a.cases), String(a.repetitions)]);
    return { json: r, text: `${r.casesWithRework} of ${r.cases} cases repeat an activity\n${textTable(rows, [false, true, true])}` };
  },
};
