/**
 * @kaart/analytics — event-log ingest and journey analytics. Logs are read once into a columnar
 * form; queries are data (`{ kind, version, … }`) run by `runQuery`.
 */

// log/
export type { EventLog, AttributeColumn, ActivityCodes } from "./log/event-log";
export { caseCount, eventCount } from "./log/event-log";
export { EventLogBuilder } from "./log/event-log-builder";
export { writeLogColumns } from "./store/write-log-columns";
export { openLogColumns } from "./store/open-log-columns";
export { LogColumnsError } from "./store/log-columns-error";

// ingest/
export { readEventLog, formatFromName, LOG_FORMATS } from "./ingest/read-event-log";
export type { ReadEventLogOptions, LogFormat } from "./ingest/read-event-log";
export { EventLogError, EVENT_LOG_ERROR_CODES } from "./ingest/event-log-error";
export type { EventLogErrorCode, SourcePosition } from "./ingest/event-log-error";
export { DEFAULT_READ_LIMITS } from "./ingest/read-limits";
export type { ReadLimits } from "./ingest/read-limits";
export { COLUMN_CANDIDATES, XES_MAPPING } from "./ingest/column-mapping";
export type { ColumnMapping } from "./ingest/column-mapping";
export { parseTimestamp, formatTimestamp } from "./ingest/timestamp";
export type { ClockMode } from "./ingest/timestamp";
export type { LogInput, ProgressListener } from "./ingest/text-source";

// queries/
export { runQuery } from "./queries/run-query";
export { querySchema } from "./queries/query";
export type { Query, QueryKind, QueryResults } from "./queries/query";
export { segmentSchema } from "./queries/segment/segment-schema";
export type { Segment } from "./queries/segment/segment-schema";
export { applySegment } from "./queries/segment/apply-segment";
export type { StatsResult } from "./queries/stats/schema";
export type { DfgResult, DfgEdge } from "./queries/dfg/schema";
export type { VariantsResult } from "./queries/variants/schema";
export type { FunnelResult } from "./queries/funnel/schema";
export type { PathsResult } from "./queries/paths/schema";
export type { TimeResult, DurationSummary } from "./queries/time/schema";
export type { ReworkResult } from "./queries/rework/schema";
export type { PredictResult } from "./queries/predict/schema";

// order/
export { compareCodePoints, compareSequences } from "./order/code-point-order";

// journey/
export { bindJourney } from "./journey/bind-journey";
export type { BindJourneyResult, StepBindingReport } from "./journey/bind-journey";
export { discoverJourney } from "./journey/discover-journey";
export type { DiscoverOptions } from "./journey/discover-journey";
export { stepMetrics } from "./journey/step-metrics";
export type { StepMetrics } from "./journey/step-metrics";
export { suggestBindings, matchScore } from "./journey/activity-match";
export { boundActivities, globToRegExp } from "./journey/step-binding";
