import { applyPatchToYDoc } from "@kaart/collab";
import { applyPatch, concatPatches, type JourneyDocument, type OperationContext, type OperationResult, type Patch } from "@kaart/core";
import type { MapSession } from "./map-session";
import { LOCAL_ORIGIN } from "./local-origin";

/** A core operation: the only way the editor changes a map (contracts.md, one code path). */
export type Operation<A, T> = (doc: JourneyDocument, args: A, ctx: OperationContext) => OperationResult<T>;

/** Runs operations one after another on a working copy, for edits made of several operations. */
export interface EditBatch {
  run<A, T>(op: Operation<A, T>, args: A): T | undefined;
  readonly doc: JourneyDocument;
}

export interface EditFailure {
  code: string;
  message: string;
}

/**
 * Applies operations to the session's Y.Doc: each operation computes its patch against the
 * current document, and the patches of one call are applied in one transaction with the local
 * origin (so they are one undo step). A refused operation stops the batch and nothing applies.
 */
export function edit<R>(session: MapSession, build: (batch: EditBatch) => R, now: () => string, onError: (e: EditFailure) => void): R | undefined {
  const start = session.store.getSnapshot();
  if (!start) return undefined;
  let doc = start;
  const patches: Patch[] = [];
  let failed = false;
  const batch: EditBatch = {
    run(op, args) {
      if (failed) return undefined;
      const r = op(doc, args, { now: now() });
      if (!r.ok) {
        failed = true;
        onError(r.error);
        return undefined;
      }
      patches.push(r.patch);
      doc = applyPatch(doc, r.patch);
      return r.value;
    },
    get doc() {
      return doc;
    },
  };
  const value = build(batch);
  if (failed || patches.length === 0) return failed ? undefined : value;
  applyPatchToYDoc(session.ydoc, concatPatches(...patches), LOCAL_ORIGIN);
  return value;
}
