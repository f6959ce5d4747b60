import { runQuery } from "@kaart/analytics";
import type { EventsSubcommand } from "./events-subcommand";
import { countsLine, textTable } from "./text-table";

export const statsSubcommand: EventsSubcommand = {
  name: "stats",
  summary: "events, cases, activities, variants, start/end activities and the time span",
  usage: "kaart events stats <log> [--json]",
  options: {},
  prepare: (_values, segment) => (log) => {
    const r = runQuery(log, { kind: "stats", version: 1, segment });
    const text = textTable([
      ["events", String(r.events)],
      ["cases", String(r.cases)],
      ["activities", String(r.activities)],
      ["variants", String(r.variants)],
      ["start", countsLine(r.start)],
      ["end", countsLine(r.end)],
      ["from", r.from ?? "–"],
      ["to", r.to ?? "–"],
    ]);
    return { json: r, text };
  },
};
