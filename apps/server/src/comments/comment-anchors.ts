import type * as Y from "yjs";
import { applyPatchToYDoc, ORIGINS } from "@kaart/collab";
import type { CommentTarget } from "@kaart/contract";
import { commentAnchorSchema, type JourneyDocument } from "@kaart/core";
import { documentCodec } from "../features/document-codec";
import { ApiError } from "../http/api-error";
import type { ServerContext } from "../server-context";

/** A thread's anchor id is derived from the thread id, so each thread has exactly one. */
export function anchorIdOf(threadId: string): string {
  return `anchor:${threadId}`;
}

function targetExists(doc: JourneyDocument, target: CommentTarget): boolean {
  if (target.kind === "map") return true;
  const table = { stage: doc.stages, step: doc.steps, cell: doc.cells }[target.kind];
  return Object.hasOwn(table, target.id);
}

/**
 * Puts the thread's anchor into the map's live document, so it moves with its target and is
 * removed with it by the same operations that remove the target. Fails with `invalid_request`
 * when the target is not in the map.
 */
export async function putAnchor(ctx: ServerContext, mapId: string, threadId: string, target: CommentTarget): Promise<void> {
  await ctx.documents.change(mapId, (ydoc: Y.Doc) => {
    const doc = documentCodec.read(ydoc);
    if (!targetExists(doc, target)) throw new ApiError("invalid_request", `${target.kind} is not in this map`, [{ path: "body/target/id", message: "no such record" }]);
    const record = commentAnchorSchema.parse({ id: anchorIdOf(threadId), threadId, target });
    applyPatchToYDoc(ydoc, { ops: [{ op: "put", table: "anchors", id: record.id, record }] }, ORIGINS.remote);
  });
}

/** Removes a deleted thread's anchor, when it is still there. */
export async function removeAnchor(ctx: ServerContext, mapId: string, anchorId: string): Promise<void> {
  await ctx.documents.change(mapId, (ydoc: Y.Doc) => {
    if (documentCodec.read(ydoc).anchors[anchorId]) applyPatchToYDoc(ydoc, { ops: [{ op: "remove", table: "anchors", id: anchorId }] }, ORIGINS.remote);
  });
}
