import { EVENT_LOG_FORMATS, eventLogMappingSchema, type EventLogMapping, type EventLogSummary } from "@kaart/contract";
import type { Db } from "../storage/open-database";

/** One uploaded log: its file lives at `<dir>/<id>`; the row holds what lists and queries need. */
export interface EventLogRow {
  id: string;
  workspace_id: string;
  name: string;
  format: string;
  size_bytes: number;
  events: number;
  cases: number;
  /** JSON of the column mapping the upload was read with. */
  mapping: string;
  created_by: string;
  created_at: string;
}

/** The shared schema plus this folder's table, so its queries stay typed without touching `Tables`. */
export function eventLogDb(db: Db) {
  return db.withTables<{ event_logs: EventLogRow }>();
}

export function presentEventLog(row: EventLogRow): EventLogSummary {
  const format = EVENT_LOG_FORMATS.find((f) => f === row.format) ?? "csv";
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    format,
    sizeBytes: Number(row.size_bytes),
    events: Number(row.events),
    cases: Number(row.cases),
    mapping: storedMapping(row),
    createdAt: row.created_at,
  };
}

export function storedMapping(row: EventLogRow): EventLogMapping {
  return eventLogMappingSchema.parse(JSON.parse(row.mapping));
}

/** The log `logId` when it belongs to `workspaceId`; undefined otherwise (callers answer 404). */
export async function findEventLog(db: Db, workspaceId: string, logId: string): Promise<EventLogRow | undefined> {
  return eventLogDb(db).selectFrom("event_logs").selectAll().where("id", "=", logId).where("workspace_id", "=", workspaceId).executeTakeFirst();
}
