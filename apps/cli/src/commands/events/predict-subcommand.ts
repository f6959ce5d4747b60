import { runQuery } from "@kaart/analytics";
import { UsageError } from "../../cli-error";
import { integerFlag, listFlag } from "./events-flags";
import type { EventsSubcommand } from "./events-subcommand";
import { textTable } from "./text-table";

export const predictSubcommand: EventsSubcommand = {
  name: "predict",
  summary: "next-step probabilities after an activity (Markov model), with held-out accuracy",
  usage: "kaart events predict <log> --after <activity> [--after <next> …] [--order k] [--json]",
  options: { after: { type: "string", multiple: true }, order: { type: "string" } },
  prepare: (values, segment) => {
    const afterList = listFlag(values, "after");
    if (afterList.length === 0) throw new UsageError("predict needs --after <activity>");
    const after = afterList.length === 1 ? afterList[0]! : afterList;
    const order = integerFlag(values, "order", 1);
    return (log) => {
      const r = runQuery(log, { kind: "predict", version: 1, segment, after, order });
      const rows = r.next.map((n) => [n.activity ?? "(end)", `${(n.probability * 100).toFixed(1)}%`]);
      const accuracy = r.accuracy === null ? "–" : `${(r.accuracy * 100).toFixed(1)}%`;
      const head = `after ${afterList.join(" → ")}${r.next.length === 0 ? ": never seen" : ""}`;
      return { json: r, text: `${head}\n${textTable(rows, [false, true])}\naccuracy on held-out cases: ${accuracy}` };
    };
  },
};
