import type { Kysely } from "kysely";

/**
 * Migration `0200_event_logs` (registered in `storage/migrations.ts`): the `event_logs` table; see
 * `EventLogRow` in `event-log-table.ts` for what each column holds.
 */
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
