import type { EventLog } from "../log/event-log";
import { runDfg } from "./dfg/run";
import { runFunnel } from "./funnel/run";
import { runPaths } from "./paths/run";
import { runPredict } from "./predict/run";
import { querySchema, type Query, type QueryResults } from "./query";
import { runRework } from "./rework/run";
import { applySegment } from "./segment/apply-segment";
import { runStats } from "./stats/run";
import { runTime } from "./time/run";
import { runVariants } from "./variants/run";

/**
 * Validates `query` (throws a ZodError for an invalid one), narrows the log to its segment and
 * runs it. The one entry point the CLI and the server share.
 *
 * @example runQuery(log, { kind: "variants", version: 1, top: 5 }).variants[0]?.count
 */
export function runQuery<Q extends Query>(log: EventLog, query: Q): QueryResults[Q["kind"]];
export function runQuery(log: EventLog, input: Query): QueryResults[QueryKind] {
  const query = querySchema.parse(input);
  const sub = applySegment(log, query.segment);
  switch (query.kind) {
    case "stats":
      return runStats(sub);
    case "dfg":
      return runDfg(sub);
    case "variants":
      return runVariants(sub, query);
    case "funnel":
      return runFunnel(sub, query);
    case "paths":
      return runPaths(sub, query);
    case "time":
      return runTime(sub);
    case "rework":
      return runRework(sub);
    case "predict":
      return runPredict(sub, query);
  }
}

type QueryKind = Query["kind"];
