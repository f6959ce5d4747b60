import { z } from "zod";
import { endpoint } from "../endpoint";
import { mapParamsSchema } from "../map-schemas";
import { plainString, serverIdSchema } from "../text-fields";
import { workspaceIdSchema, workspaceParamsSchema } from "../workspace-schemas";

/** Formats an uploaded event log may have; `.xes.gz` is `xes` (gzip is recognised by its bytes). */
export const EVENT_LOG_FORMATS = ["csv", "xes", "jsonl", "parquet", "xlsx"] as const;
/** Roles a column can play: the first three are required, the others optional attributes. */
export const EVENT_LOG_ROLES = ["case", "activity", "timestamp", "channel", "resource", "segment"] as const;

export const eventLogIdSchema = serverIdSchema("log");
const columnName = plainString(500);

/** Which source columns hold each role. XES logs ignore it (their keys are fixed by the standard). */
export const eventLogMappingSchema = z.strictObject({
  case: columnName,
  activity: columnName,
  timestamp: columnName,
  channel: columnName.optional(),
  resource: columnName.optional(),
  segment: columnName.optional(),
});
export type EventLogMapping = z.infer<typeof eventLogMappingSchema>;

export const eventLogSchema = z.strictObject({
  id: eventLogIdSchema,
  workspaceId: workspaceIdSchema,
  name: z.string(),
  format: z.enum(EVENT_LOG_FORMATS),
  sizeBytes: z.number().int().min(0),
  events: z.number().int().min(0),
  cases: z.number().int().min(0),
  mapping: eventLogMappingSchema,
  createdAt: z.string(),
});
export type EventLogSummary = z.infer<typeof eventLogSchema>;

/** A file name with an extension the server reads (`.csv`, `.tsv`, `.txt`, `.xes`, `.xes.gz`, `.jsonl`, `.ndjson`, `.parquet`, `.xlsx`). */
const fileName = plainString(300).refine((n) => /\.(csv|tsv|txt|xes|xes\.gz|xml|jsonl|ndjson|parquet|xlsx)$/i.test(n), { message: "expected a .csv, .tsv, .xes, .xes.gz, .jsonl, .parquet or .xlsx file name" });

export const previewQuerySchema = z.strictObject({
  name: fileName,
  /** "true" when the body is only the file's beginning: its last, unterminated line is then left out. */
  partial: z.enum(["true", "false"]).default("false"),
});
/** The upload sends the file as the raw body (`application/octet-stream`) and the mapping in the query. */
export const uploadQuerySchema = z.strictObject({
  name: fileName,
  case: columnName,
  activity: columnName,
  timestamp: columnName,
  channel: columnName.optional(),
  resource: columnName.optional(),
  segment: columnName.optional(),
});

export const eventLogPreviewSchema = z.strictObject({
  format: z.enum(EVENT_LOG_FORMATS),
  columns: z.array(z.string()),
  /** Roles the server could guess from the column names; absent roles need the user. */
  suggested: z.strictObject({
    case: z.string().optional(),
    activity: z.string().optional(),
    timestamp: z.string().optional(),
    channel: z.string().optional(),
    resource: z.string().optional(),
    segment: z.string().optional(),
  }),
  /** The first rows, one value per column ("" where a row lacks it). */
  rows: z.array(z.array(z.string())),
});
export type EventLogPreview = z.infer<typeof eventLogPreviewSchema>;

export const eventLogParamsSchema = z.strictObject({ workspaceId: workspaceIdSchema, logId: eventLogIdSchema });

/** A query of `@kaart/analytics` (`{ kind, version, … }`); the server checks it against the engine's schema. */
export const eventLogQueryBodySchema = z.looseObject({ kind: z.string().min(1).max(40), version: z.number().int() });
export const eventLogQueryResultSchema = z.record(z.string(), z.unknown());

/** Activities per step id; steps not named keep their binding or get a suggested one. */
export const eventBindingBodySchema = z.strictObject({
  logId: eventLogIdSchema,
  bindings: z.record(z.string().max(200), z.array(plainString(500)).max(200)).optional(),
});
const stepMetricsSchema = z.strictObject({
  stepId: z.string(),
  cases: z.number(),
  conversion: z.number(),
  dropOff: z.number(),
  medianSecondsFromPrevious: z.number().nullable(),
});
export const eventBindingResultSchema = z.strictObject({
  bindings: z.array(z.strictObject({ stepId: z.string(), stepName: z.string(), activities: z.array(z.string()), suggested: z.boolean() })),
  metrics: z.array(stepMetricsSchema),
});

export const observedQuerySchema = z.strictObject({ logId: eventLogIdSchema });
/** Designed against observed: each bound step's funnel figures and how cases stray from the map. */
export const observedJourneySchema = z.strictObject({
  cases: z.number().int(),
  steps: z.array(
    z.strictObject({
      stepId: z.string(),
      stepName: z.string(),
      activities: z.array(z.string()),
      /** Funnel over the bound steps in map order (absent for steps without a binding). */
      metrics: stepMetricsSchema.nullable(),
      /** Cases with any event of the step, in any order. */
      casesWithStep: z.number().int(),
      /** Cases that reach a later bound step without ever passing this one. */
      skipped: z.number().int(),
      /** Cases that come back to this step after another step. */
      looped: z.number().int(),
      /** Cases that first reach this step after first reaching a later one. */
      outOfOrder: z.number().int(),
    }),
  ),
  /** Consecutive activities the map does not foresee (not the same or the next step, nor a flow edge). */
  unforeseen: z.array(z.strictObject({ from: z.string(), to: z.string(), fromStepId: z.string().nullable(), toStepId: z.string().nullable(), cases: z.number().int(), count: z.number().int() })),
});
export type ObservedJourney = z.infer<typeof observedJourneySchema>;

const view = { kind: "workspace", role: "viewer" } as const;
const edit = { kind: "workspace", role: "editor" } as const;

/** The event-log endpoints, merged into `ENDPOINTS`. */
export const EVENT_LOG_ENDPOINTS = {
  listEventLogs: endpoint({ method: "GET", path: "/api/workspaces/:workspaceId/event-logs", summary: "Event logs of a workspace, newest first", access: view, params: workspaceParamsSchema, response: z.array(eventLogSchema) }),
  previewEventLog: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/event-logs/preview", summary: "Columns, suggested mapping and first rows of a log (raw body: the file or its beginning)", access: edit, params: workspaceParamsSchema, query: previewQuerySchema, response: eventLogPreviewSchema }),
  uploadEventLog: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/event-logs", summary: "Upload an event log (raw body) with its column mapping", access: edit, params: workspaceParamsSchema, query: uploadQuerySchema, response: eventLogSchema, status: 201 }),
  deleteEventLog: endpoint({ method: "DELETE", path: "/api/workspaces/:workspaceId/event-logs/:logId", summary: "Delete an event log and its file", access: edit, params: eventLogParamsSchema, response: z.strictObject({ ok: z.literal(true) }) }),
  queryEventLog: endpoint({ method: "POST", path: "/api/workspaces/:workspaceId/event-logs/:logId/query", summary: "Run an analytics query (stats, dfg, variants, funnel, paths, time, rework, predict)", access: view, params: eventLogParamsSchema, body: eventLogQueryBodySchema, response: eventLogQueryResultSchema }),
  bindEventLog: endpoint({ method: "POST", path: "/api/maps/:mapId/event-binding", summary: "Bind a map's steps to a log's activities and write KPI metrics cells", access: { kind: "map", role: "editor" }, params: mapParamsSchema, body: eventBindingBodySchema, response: eventBindingResultSchema }),
  observedJourney: endpoint({ method: "GET", path: "/api/maps/:mapId/observed", summary: "The designed journey against what a log shows customers do", access: { kind: "map", role: "viewer" }, params: mapParamsSchema, query: observedQuerySchema, response: observedJourneySchema }),
};
