import { z } from "zod";
import { dfgQuerySchema, type DfgResult } from "./dfg/schema";
import { funnelQuerySchema, type FunnelResult } from "./funnel/schema";
import { pathsQuerySchema, type PathsResult } from "./paths/schema";
import { predictQuerySchema, type PredictResult } from "./predict/schema";
import { reworkQuerySchema, type ReworkResult } from "./rework/schema";
import { statsQuerySchema, type StatsResult } from "./stats/schema";
import { timeQuerySchema, type TimeResult } from "./time/schema";
import { variantsQuerySchema, type VariantsResult } from "./variants/schema";

/** Every analytics query, as data: `{ kind, version, segment?, …kind-specific fields }`. */
export const querySchema = z.discriminatedUnion("kind", [
  statsQuerySchema,
  dfgQuerySchema,
  variantsQuerySchema,
  funnelQuerySchema,
  pathsQuerySchema,
  timeQuerySchema,
  reworkQuerySchema,
  predictQuerySchema,
]);
/** A query as written (defaults may be left out). */
export type Query = z.input<typeof querySchema>;
export type QueryKind = Query["kind"];

/** The result type of each query kind. */
export interface QueryResults {
  stats: StatsResult;
  dfg: DfgResult;
  variants: VariantsResult;
  funnel: FunnelResult;
  paths: PathsResult;
  time: TimeResult;
  rework: ReworkResult;
  predict: PredictResult;
}
