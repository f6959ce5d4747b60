import { runQuery } from "@kaart/analytics";
import { integerFlag, stringFlag } from "./events-flags";
import type { EventsSubcommand } from "./events-subcommand";
import { textTable } from "./text-table";

export const pathsSubcommand: EventsSubcommand = {
  name: "paths",
  summary: "positional Sankey of the first N steps of each case, optionally from an activity",
  usage: "kaart events paths <log> [--steps N (default 5)] [--from <activity>] [--json]",
  options: { steps: { type: "string" }, from: { type: "string" } },
  prepare: (values, segment) => {
    const steps = integerFlag(values, "steps", 5) ?? 5;
    const from = stringFlag(values, "from");
    return (log) => {
      const r = runQuery(log, { kind: "paths", version: 1, segment, steps, from });
      const rows = [["position", "from", "to", "cases"]];
      for (const e of r.edges) rows.push([`${e.fromPosition}→${e.fromPosition + 1}`, e.from, e.to, String(e.cases)]);
      const firsts = r.nodes.filter((n) => n.position === 1).map((n) => `${n.activity} ${n.cases}`);
      return { json: r, text: `position 1: ${firsts.join(", ") || "–"}\n${textTable(rows, [false, false, false, true])}` };
    };
  },
};
