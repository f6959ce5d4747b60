import { createHash } from "node:crypto";
import * as Y from "yjs";
import type { JourneyDocument } from "@kaart/core";
import type { Db } from "../storage/open-database";
import { appendUpdate, loadState } from "../storage/map-updates";
import { documentCodec } from "../features/document-codec";
import { mapProjection } from "./map-projection";

/**
 * Decoded documents by map, keyed by the stored state's version (the snapshot's last sequence
 * number and the newest logged one). Every store appends (a higher sequence) or compacts (a new
 * snapshot), so a changed map never matches its old key; instances sharing the database agree.
 * The JSON the API presents is kept beside the document, made on first request for that version.
 */
interface Decoded {
  version: string;
  doc: JourneyDocument;
  json?: { bytes: Buffer; hash: string };
}
const decoded = new Map<string, Decoded>();
const DECODED_MAX = 200;

/** One query: a map's snapshot sequence and newest logged sequence (either may be absent). */
async function storedVersion(db: Db, mapId: string): Promise<string> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom("map_snapshots").select("through_seq").where("map_id", "=", mapId).as("snap"),
      eb.selectFrom("map_updates").select((u) => u.fn.max("seq").as("seq")).where("map_id", "=", mapId).as("last"),
    ])
    .executeTakeFirst();
  return `${Number(row?.snap ?? 0)}:${Number(row?.last ?? 0)}`;
}

async function decodedDocument(db: Db, mapId: string): Promise<Decoded> {
  const version = await storedVersion(db, mapId);
  const hit = decoded.get(mapId);
  if (hit?.version === version) return hit;
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, (await loadState(db, mapId)).state);
  const entry: Decoded = { version, doc: documentCodec.read(ydoc) };
  decoded.delete(mapId);
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(mapId, entry);
  return entry;
}

/** A map's current document, read from the stored state (every acknowledged edit is in it). */
export async function readMapDocument(db: Db, mapId: string): Promise<JourneyDocument> {
  return structuredClone((await decodedDocument(db, mapId)).doc);
}

/**
 * A map's current document as JSON bytes, with a hash of those bytes (for ETags). Shared by every
 * caller until the map changes: callers must not modify the buffer.
 */
export async function readMapDocumentJson(db: Db, mapId: string): Promise<{ bytes: Buffer; hash: string }> {
  const entry = await decodedDocument(db, mapId);
  if (!entry.json) {
    const bytes = Buffer.from(JSON.stringify(entry.doc));
    entry.json = { bytes, hash: createHash("sha256").update(bytes).digest("base64url").slice(0, 22) };
  }
  return entry.json;
}

/** Stores a new map: its row with projections and its first update. Call inside a transaction. */
export async function insertMap(db: Db, args: { workspaceId: string; doc: JourneyDocument; createdBy: string; nowIso: string }): Promise<void> {
  const ydoc = new Y.Doc();
  documentCodec.write(args.doc, ydoc);
  await db
    .insertInto("maps")
    .values({
      id: args.doc.map.id,
      workspace_id: args.workspaceId,
      ...mapProjection(args.doc),
      created_by: args.createdBy,
      created_at: args.nowIso,
      updated_at: args.nowIso,
      archived_at: null,
      deleted_at: null,
    })
    .execute();
  await appendUpdate(db, args.doc.map.id, Y.encodeStateAsUpdate(ydoc), args.nowIso);
}

/** Rewrites a map's queryable columns from its document. */
export async function storeProjection(db: Db, mapId: string, doc: JourneyDocument, nowIso: string): Promise<void> {
  await db.updateTable("maps").set({ ...mapProjection(doc), updated_at: nowIso }).where("id", "=", mapId).execute();
}

/**
 * Changes a map's Y.Doc and stores the change. The collaboration server supplies an implementation
 * that edits the live document (so editors see the change at once); this one edits the stored
 * state directly and is used when no collaboration server runs.
 */
export interface DocumentWriter {
  change(mapId: string, edit: (ydoc: Y.Doc) => void): Promise<JourneyDocument>;
}

export function storedDocumentWriter(db: Db, now: () => string): DocumentWriter {
  return {
    async change(mapId, edit) {
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, (await loadState(db, mapId)).state);
      const before = Y.encodeStateVector(ydoc);
      edit(ydoc);
      const doc = documentCodec.read(ydoc);
      await appendUpdate(db, mapId, Y.encodeStateAsUpdate(ydoc, before), now());
      await storeProjection(db, mapId, doc, now());
      return doc;
    },
  };
}
