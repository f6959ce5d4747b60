import type * as Y from "yjs";
import { applyPatchToYDoc, ORIGINS } from "@kaart/collab";
import { applyPatch, type JourneyDocument, type OperationResult } from "@kaart/core";
import { documentCodec } from "../features/document-codec";
import { ApiError } from "../http/api-error";
import { readMapDocument } from "../maps/map-documents";
import type { ServerContext } from "../server-context";
import type { Db } from "../storage/open-database";
import { changesToMatch, type EntryFields, type LibraryKind } from "./library-kinds";

export interface MapUse {
  mapId: string;
  title: string;
  /** Map-local ids of the copies linked to the entry (normally one). */
  copyIds: string[];
}

/**
 * Which maps of the workspace hold copies of which entry, read from the documents (the truth:
 * an editor may have removed a copy or a file import may have brought one). Maps in the archive
 * and the bin count too, so they come back up to date.
 */
export async function usesByEntry(db: Db, kind: LibraryKind, workspaceId: string): Promise<Map<string, MapUse[]>> {
  const uses = new Map<string, MapUse[]>();
  const maps = await db.selectFrom("maps").select(["id", "title"]).where("workspace_id", "=", workspaceId).orderBy("title").orderBy("id").execute();
  for (const map of maps) {
    const doc = await readMapDocument(db, map.id);
    const byEntry = new Map<string, string[]>();
    for (const [copyId, record] of Object.entries(copiesIn(doc, kind))) {
      const link = record[kind.link];
      if (typeof link === "string") byEntry.set(link, [...(byEntry.get(link) ?? []), copyId]);
    }
    for (const [entryId, copyIds] of byEntry) uses.set(entryId, [...(uses.get(entryId) ?? []), { mapId: map.id, title: map.title, copyIds }]);
  }
  return uses;
}

/** The map table holding copies, as plain records by map-local id. */
function copiesIn(doc: JourneyDocument, kind: LibraryKind): Record<string, Record<string, unknown>> {
  return doc[kind.docTable];
}

function checked<T>(r: OperationResult<T>): OperationResult<T> & { ok: true } {
  if (!r.ok) throw new ApiError("invalid_request", r.error.message);
  return r;
}

/**
 * Runs core operations against a map's live document: each result's patch is applied to the
 * Y.Doc and to the plain document the next operation reads. Connected editors see the change.
 */
async function editMap(ctx: ServerContext, mapId: string, edit: (doc: JourneyDocument, apply: <T>(r: OperationResult<T>) => { doc: JourneyDocument; value: T }) => void): Promise<void> {
  await ctx.documents.change(mapId, (ydoc: Y.Doc) => {
    let doc = documentCodec.read(ydoc);
    edit(doc, (r) => {
      const ok = checked(r);
      applyPatchToYDoc(ydoc, ok.patch, ORIGINS.localEdit);
      doc = applyPatch(doc, ok.patch);
      return { doc, value: ok.value };
    });
  });
}

/** Makes every copy in `uses` equal to `fields` (the entry was changed). */
export async function updateCopies(ctx: ServerContext, kind: LibraryKind, uses: MapUse[], fields: EntryFields): Promise<void> {
  const opCtx = { now: ctx.clock.now().toISOString() };
  for (const use of uses) {
    await editMap(ctx, use.mapId, (first, apply) => {
      let doc = first;
      for (const copyId of use.copyIds) {
        const copy = copiesIn(doc, kind)[copyId];
        if (copy) doc = apply(kind.update(doc, copyId, changesToMatch(copy, fields, kind.link), opCtx)).doc;
      }
    });
  }
}

/** Unlinks every copy in `uses` (the entry is deleted); the copies stay, as local records of their maps. */
export async function unlinkCopies(ctx: ServerContext, kind: LibraryKind, uses: MapUse[]): Promise<void> {
  const opCtx = { now: ctx.clock.now().toISOString() };
  for (const use of uses) {
    await editMap(ctx, use.mapId, (first, apply) => {
      let doc = first;
      for (const copyId of use.copyIds) if (copiesIn(doc, kind)[copyId]) doc = apply(kind.update(doc, copyId, { [kind.link]: null }, opCtx)).doc;
    });
  }
}

/** Puts a copy of the entry into the map; returns the copy's map-local id. */
export async function addCopy(ctx: ServerContext, kind: LibraryKind, mapId: string, entryId: string, fields: EntryFields): Promise<string> {
  let copyId = "";
  await editMap(ctx, mapId, (doc, apply) => {
    copyId = apply(kind.add(doc, fields, entryId, { now: ctx.clock.now().toISOString() })).value;
  });
  return copyId;
}
