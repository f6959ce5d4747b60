import { notFound } from "../http/api-error";
import { serverId } from "../server-ids";
import type { Db } from "../storage/open-database";
import type { EntryFields, LibraryKind } from "./library-kinds";

export interface Entry {
  id: string;
  fields: EntryFields;
  createdAt: string;
  updatedAt: string;
}

function toEntry(kind: LibraryKind, row: { id: string; data: string; created_at: string; updated_at: string }): Entry {
  // Stored data passed the same schema on write; parsing it again keeps a hand-edited row from leaking.
  return { id: row.id, fields: kind.normalize(JSON.parse(row.data)), createdAt: row.created_at, updatedAt: row.updated_at };
}

/** A workspace's entries of one kind, oldest first. */
export async function listEntries(db: Db, kind: LibraryKind, workspaceId: string): Promise<Entry[]> {
  const rows = await db.selectFrom(kind.table).selectAll().where("workspace_id", "=", workspaceId).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => toEntry(kind, r));
}

/** One entry of the workspace; `not_found` when it is absent or belongs to another workspace. */
export async function getEntry(db: Db, kind: LibraryKind, workspaceId: string, id: string): Promise<Entry> {
  const row = await db.selectFrom(kind.table).selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(kind.what);
  return toEntry(kind, row);
}

export async function insertEntry(db: Db, kind: LibraryKind, workspaceId: string, fields: EntryFields, nowIso: string): Promise<Entry> {
  const id = serverId(kind.idPrefix);
  await db.insertInto(kind.table).values({ id, workspace_id: workspaceId, data: JSON.stringify(fields), created_at: nowIso, updated_at: nowIso }).execute();
  return getEntry(db, kind, workspaceId, id);
}

export async function replaceEntry(db: Db, kind: LibraryKind, workspaceId: string, id: string, fields: EntryFields, nowIso: string): Promise<Entry> {
  await getEntry(db, kind, workspaceId, id);
  await db.updateTable(kind.table).set({ data: JSON.stringify(fields), updated_at: nowIso }).where("id", "=", id).execute();
  return getEntry(db, kind, workspaceId, id);
}

export async function deleteEntry(db: Db, kind: LibraryKind, id: string): Promise<void> {
  await db.deleteFrom(kind.table).where("id", "=", id).execute();
}
