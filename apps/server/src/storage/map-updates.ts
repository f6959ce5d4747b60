import * as Y from "yjs";
import type { Db } from "./open-database";

/**
 * The append-only update log of a map's Y.Doc and its compacted snapshot. `appendUpdate` is the
 * write that must finish before an edit is acknowledged; `compactUpdates` folds the log into the
 * snapshot later, in one transaction, so a reader sees either the old or the new split, never a gap.
 */
export async function appendUpdate(db: Db, mapId: string, update: Uint8Array, nowIso: string): Promise<void> {
  await db.insertInto("map_updates").values({ map_id: mapId, data: update, created_at: nowIso }).execute();
}

/** The whole stored state of a map as one Yjs update (empty state when nothing is stored). */
export async function loadState(db: Db, mapId: string): Promise<{ state: Uint8Array; pending: number }> {
  const snapshot = await db.selectFrom("map_snapshots").select(["data", "through_seq"]).where("map_id", "=", mapId).executeTakeFirst();
  const updates = await db
    .selectFrom("map_updates")
    .select("data")
    .where("map_id", "=", mapId)
    .where("seq", ">", snapshot?.through_seq ?? 0)
    .orderBy("seq")
    .execute();
  const parts = [...(snapshot ? [snapshot.data] : []), ...updates.map((u) => u.data)].map((d) => new Uint8Array(d));
  return { state: parts.length ? Y.mergeUpdates(parts) : Y.encodeStateAsUpdate(new Y.Doc()), pending: updates.length };
}

/**
 * Folds every logged update of `mapId` into its snapshot; returns how many updates were folded.
 * With `minUpdates`, a shorter log is left as it is (folding walks the whole map).
 */
export async function compactUpdates(db: Db, mapId: string, nowIso: string, opts: { minUpdates?: number } = {}): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const snapshot = await trx.selectFrom("map_snapshots").select(["data", "through_seq"]).where("map_id", "=", mapId).executeTakeFirst();
    const updates = await trx
      .selectFrom("map_updates")
      .select(["seq", "data"])
      .where("map_id", "=", mapId)
      .where("seq", ">", snapshot?.through_seq ?? 0)
      .orderBy("seq")
      .execute();
    const last = updates.at(-1);
    if (!last || updates.length < (opts.minUpdates ?? 1)) return 0;
    const data = Y.mergeUpdates([...(snapshot ? [snapshot.data] : []), ...updates.map((u) => u.data)].map((d) => new Uint8Array(d)));
    if (snapshot) await trx.updateTable("map_snapshots").set({ data, through_seq: last.seq, updated_at: nowIso }).where("map_id", "=", mapId).execute();
    else await trx.insertInto("map_snapshots").values({ map_id: mapId, data, through_seq: last.seq, updated_at: nowIso }).execute();
    await trx.deleteFrom("map_updates").where("map_id", "=", mapId).where("seq", "<=", last.seq).execute();
    return updates.length;
  });
}
