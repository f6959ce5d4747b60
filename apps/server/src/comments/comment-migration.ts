import type { Kysely } from "kysely";

/** Comment threads, their messages and the members each message mentions. */
export async function createCommentTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("comment_threads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("map_id", "text", (c) => c.notNull().references("maps.id").onDelete("cascade"))
    .addColumn("anchor_id", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_at", "text")
    .addColumn("resolved_by", "text")
    .execute();
  await db.schema.createIndex("comment_threads_map").on("comment_threads").columns(["map_id", "created_at"]).execute();
  await db.schema
    .createTable("comment_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("thread_id", "text", (c) => c.notNull().references("comment_threads.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("edited_at", "text")
    .execute();
  await db.schema.createIndex("comment_messages_thread").on("comment_messages").columns(["thread_id", "position"]).execute();
  await db.schema
    .createTable("comment_mentions")
    .addColumn("message_id", "text", (c) => c.notNull().references("comment_messages.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("comment_mentions_pk", ["message_id", "user_id"])
    .execute();
  await db.schema.createIndex("comment_mentions_user").on("comment_mentions").column("user_id").execute();
}
