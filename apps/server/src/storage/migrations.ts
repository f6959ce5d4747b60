import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { createEventLogTable } from "../event-logs/event-log-migration";
import { createCommentTables } from "../comments/comment-migration";

export type Dialect = "sqlite" | "postgres";

/**
 * Schema migrations, in order, as code (no files to ship). Each uses Kysely's schema builder so the
 * same migration runs on both dialects; only the byte and auto-increment column types differ.
 * Never edit a released migration: add the next one.
 */
function migrations(dialect: Dialect): Record<string, Migration> {
  const bytes = dialect === "postgres" ? sql`bytea` : sql`blob`;
  return {
    "0001_initial": {
      async up(db: Kysely<unknown>) {
        await db.schema.createTable("settings").addColumn("key", "text", (c) => c.primaryKey()).addColumn("value", "text", (c) => c.notNull()).execute();
        await db.schema
          .createTable("users")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("email", "text", (c) => c.notNull().unique())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("password_hash", "text", (c) => c.notNull())
          .addColumn("is_admin", "integer", (c) => c.notNull().defaultTo(0))
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("sessions")
          .addColumn("id_hash", "text", (c) => c.primaryKey())
          .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
          .addColumn("csrf_token", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("expires_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();
        await db.schema
          .createTable("api_tokens")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("token_hash", "text", (c) => c.notNull().unique())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("last_used_at", "text")
          .addColumn("revoked_at", "text")
          .execute();
        await db.schema.createTable("workspaces").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull()).addColumn("created_at", "text", (c) => c.notNull()).execute();
        await db.schema
          .createTable("memberships")
          .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
          .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
          .addColumn("role", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("memberships_pk", ["workspace_id", "user_id"])
          .execute();
        await db.schema
          .createTable("invitations")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
          .addColumn("token_hash", "text", (c) => c.notNull().unique())
          .addColumn("role", "text", (c) => c.notNull())
          .addColumn("created_by", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("expires_at", "text", (c) => c.notNull())
          .addColumn("accepted_by", "text")
          .execute();
        await db.schema
          .createTable("maps")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("tags", "text", (c) => c.notNull())
          .addColumn("stage_names", "text", (c) => c.notNull())
          .addColumn("persona_ids", "text", (c) => c.notNull())
          .addColumn("search_text", "text", (c) => c.notNull())
          .addColumn("created_by", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .addColumn("archived_at", "text")
          .addColumn("deleted_at", "text")
          .execute();
        await db.schema.createIndex("maps_workspace").on("maps").column("workspace_id").execute();
        await db.schema
          .createTable("map_updates")
          .addColumn("seq", dialect === "postgres" ? "bigserial" : "integer", (c) => (dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn("map_id", "text", (c) => c.notNull())
          .addColumn("data", bytes, (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("map_updates_map").on("map_updates").columns(["map_id", "seq"]).execute();
        await db.schema
          .createTable("map_snapshots")
          .addColumn("map_id", "text", (c) => c.primaryKey())
          .addColumn("data", bytes, (c) => c.notNull())
          .addColumn("through_seq", "bigint", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
      },
    },
    "0002_versions": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("map_versions")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("map_id", "text", (c) => c.notNull().references("maps.id").onDelete("cascade"))
          .addColumn("name", "text")
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("data", bytes, (c) => c.notNull())
          .addColumn("created_by", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("map_versions_map").on("map_versions").columns(["map_id", "created_at"]).execute();
      },
    },
    "0003_share_links": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("share_links")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("map_id", "text", (c) => c.notNull().references("maps.id").onDelete("cascade"))
          .addColumn("token_hash", "text", (c) => c.notNull().unique())
          .addColumn("password_hash", "text")
          .addColumn("expires_at", "text")
          .addColumn("revoked_at", "text")
          .addColumn("created_by", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
      },
    },
    "0100_workspace_library": {
      async up(db: Kysely<unknown>) {
        for (const table of ["workspace_personas", "workspace_touchpoints"]) {
          await db.schema
            .createTable(table)
            .addColumn("id", "text", (c) => c.primaryKey())
            .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
            .addColumn("data", "text", (c) => c.notNull())
            .addColumn("created_at", "text", (c) => c.notNull())
            .addColumn("updated_at", "text", (c) => c.notNull())
            .execute();
          await db.schema.createIndex(`${table}_workspace`).on(table).column("workspace_id").execute();
        }
      },
    },
    "0200_event_logs": { up: createEventLogTable },
    "0101_audit_events": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("audit_events")
          .addColumn("seq", dialect === "postgres" ? "bigserial" : "integer", (c) => (dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn("workspace_id", "text")
          .addColumn("actor_id", "text")
          .addColumn("action", "text", (c) => c.notNull())
          .addColumn("target_type", "text")
          .addColumn("target_id", "text")
          .addColumn("detail", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("audit_events_workspace").on("audit_events").columns(["workspace_id", "seq"]).execute();
        await db.schema.createIndex("audit_events_actor").on("audit_events").columns(["actor_id", "seq"]).execute();
      },
    },
    "0102_assets": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("assets")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("content_type", "text", (c) => c.notNull())
          .addColumn("size", "integer", (c) => c.notNull())
          .addColumn("created_by", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("assets_workspace").on("assets").columns(["workspace_id", "created_at"]).execute();
      },
    },
    "0300_comments": { up: createCommentTables },
    "0103_notifications": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("notifications")
          .addColumn("id", dialect === "postgres" ? "bigserial" : "integer", (c) => (dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
          .addColumn("kind", "text", (c) => c.notNull())
          .addColumn("workspace_id", "text")
          .addColumn("subject_type", "text", (c) => c.notNull())
          .addColumn("subject_id", "text", (c) => c.notNull())
          .addColumn("detail", "text", (c) => c.notNull())
          .addColumn("count", "integer", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("read_at", "text")
          .execute();
        await db.schema.createIndex("notifications_user").on("notifications").columns(["user_id", "read_at"]).execute();
      },
    },
  };
}

/** Kysely's migrator reads migrations from this provider. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
