import { runQuery } from "@kaart/analytics";
import { UsageError } from "../../cli-error";
import { listFlag, stringFlag } from "./events-flags";
import type { EventsSubcommand } from "./events-subcommand";
import { formatDuration, parseWindow } from "./format-duration";
import { textTable } from "./text-table";

export const funnelSubcommand: EventsSubcommand = {
  name: "funnel",
  summary: "cases reaching each step in order (ClickHouse windowFunnel semantics)",
  usage: "kaart events funnel <log> --step <a> --step <b> … [--window 30d|12h|90m] [--json]",
  options: { step: { type: "string", multiple: true }, window: { type: "string" } },
  prepare: (values, segment) => {
    const steps = listFlag(values, "step");
    if (steps.length === 0) throw new UsageError("funnel needs at least one --step <activity>");
    const windowText = stringFlag(values, "window");
    const windowSeconds = windowText === undefined ? undefined : parseWindow(windowText);
    if (windowText !== undefined && windowSeconds === undefined) throw new UsageError(`--window: expected e.g. 30d, 12h, 90m or 45s, got ${windowText}`);
    return (log) => {
      const r = runQuery(log, { kind: "funnel", version: 1, segment, steps, windowSeconds });
      const first = r.steps[0]?.cases ?? 0;
      const rows = [["step", "activity", "cases", "of first", "median from previous"]];
      r.steps.forEach((s, i) =>
        rows.push([String(i + 1), s.activity, String(s.cases), first === 0 ? "–" : `${((s.cases / first) * 100).toFixed(1)}%`, formatDuration(s.medianSecondsFromPrevious)]),
      );
      return { json: r, text: textTable(rows, [true, false, true, true, true]) };
    };
  },
};
