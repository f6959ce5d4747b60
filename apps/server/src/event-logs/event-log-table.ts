import type { Kysely } from "kysely";
import { eventLogMappingSchema, type EventLogMapping, type EventLogSummary } from "@kaart/contract";
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

/** Migration `0200_event_logs` (registered in `storage/migrations.ts`). */
export async function createEventLogTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("event_logs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("size_bytes", "bigint", (c) => c.notNull())
    .addColumn("events", "integer", (c) => c.notNull())
    .addColumn("cases", "integer", (c) => c.notNull())
    .addColumn("mapping", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("event_logs_workspace").on("event_logs").columns(["workspace_id", "created_at"]).execute();
}

export function presentEventLog(row: EventLogRow): EventLogSummary {
  const format = row.format === "xes" || row.format === "jsonl" ? row.format : "csv";
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
