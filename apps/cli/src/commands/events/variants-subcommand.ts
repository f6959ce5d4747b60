import { runQuery } from "@kaart/analytics";
import { integerFlag } from "./events-flags";
import type { EventsSubcommand } from "./events-subcommand";

export const variantsSubcommand: EventsSubcommand = {
  name: "variants",
  summary: "distinct activity sequences, most frequent first",
  usage: "kaart events variants <log> [--top N (default 10)] [--json]",
  options: { top: { type: "string" } },
  prepare: (values, segment) => {
    const top = integerFlag(values, "top", 10);
    return (log) => {
      const r = runQuery(log, { kind: "variants", version: 1, segment, top });
      const cases = log.caseStart.length - 1;
      const lines = r.variants.map((v, i) => `${String(i + 1).padStart(3)}. ${String(v.count).padStart(7)} (${percent(v.count, cases)})  ${v.activities.join(" → ")}`);
      return { json: r, text: [`${r.total} variants over ${cases} cases`, ...lines].join("\n") };
    };
  },
};

function percent(n: number, of: number): string {
  return `${of === 0 ? 0 : ((n / of) * 100).toFixed(1)}%`;
}
