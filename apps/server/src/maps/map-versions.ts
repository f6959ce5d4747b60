import * as Y from "yjs";
import type { Version } from "@kaart/contract";
import type { JourneyDocument } from "@kaart/core";
import { documentCodec } from "../features/document-codec";
import { serverId } from "../server-ids";
import type { Db } from "../storage/open-database";
import { loadState } from "../storage/map-updates";
import type { Tables } from "../storage/tables";

type Row = Omit<Tables["map_versions"], "data">;
const COLUMNS = ["id", "map_id", "name", "title", "created_by", "created_at"] as const;

function titleOf(state: Uint8Array): string {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  return documentCodec.read(ydoc).map.title;
}

export function presentVersion(row: Row): Version {
  return { id: row.id, mapId: row.map_id, name: row.name, title: row.title, createdAt: row.created_at, createdBy: row.created_by };
}

/** What a version holds, when the caller has it at hand (a live document); else the stored state is read. */
export interface VersionSource {
  state: () => Uint8Array;
  title: string;
}

/** Saves the map's stored state as a version (named, or automatic when `name` is null). */
export async function saveVersion(db: Db, mapId: string, args: { name: string | null; createdBy: string | null; nowIso: string; source?: VersionSource }): Promise<Version> {
  const state = args.source ? args.source.state() : (await loadState(db, mapId)).state;
  const title = args.source?.title ?? titleOf(state);
  const row = { id: serverId("ver"), map_id: mapId, name: args.name, title: title.replaceAll("\u0000", ""), created_by: args.createdBy, created_at: args.nowIso };
  await db.insertInto("map_versions").values({ ...row, data: state }).execute();
  return presentVersion(row);
}

/**
 * Takes an automatic version when the newest version of the map is older than `everyMs`, so a
 * long editing session leaves a trail without a version per keystroke.
 */
export async function saveAutomaticVersion(db: Db, mapId: string, now: Date, source?: VersionSource, everyMs = 10 * 60_000): Promise<Version | undefined> {
  const newest = await db.selectFrom("map_versions").select("created_at").where("map_id", "=", mapId).orderBy("created_at", "desc").limit(1).executeTakeFirst();
  if (newest && now.getTime() - Date.parse(newest.created_at) < everyMs) return undefined;
  return saveVersion(db, mapId, { name: null, createdBy: null, nowIso: now.toISOString(), source });
}

export async function listVersions(db: Db, mapId: string): Promise<Version[]> {
  const rows = await db.selectFrom("map_versions").select(COLUMNS).where("map_id", "=", mapId).orderBy("created_at", "desc").orderBy("id").execute();
  return rows.map(presentVersion);
}

/** A version of `mapId` with its document, or undefined when there is no such version of that map. */
export async function readVersion(db: Db, mapId: string, versionId: string): Promise<{ version: Version; document: JourneyDocument } | undefined> {
  const row = await db.selectFrom("map_versions").selectAll().where("id", "=", versionId).where("map_id", "=", mapId).executeTakeFirst();
  if (!row) return undefined;
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, new Uint8Array(row.data));
  return { version: presentVersion(row), document: documentCodec.read(ydoc) };
}
