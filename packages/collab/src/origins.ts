/**
 * Every Y.Doc transaction of a map carries one of these origins, compared by identity. Undo
 * tracks `localEdit` only (`new Y.UndoManager(types, { trackedOrigins: new Set([ORIGINS.localEdit]) })`);
 * persistence skips `seed` (the document was loaded from storage, so storing it again is waste);
 * `remote` marks updates received from other clients, `restore` a version brought back, and
 * `repair` the removal of records left dangling by a merge (not undoable: undoing it would
 * bring the dangling references back).
 *
 * @example
 * applyPatchToYDoc(ydoc, result.patch, ORIGINS.localEdit);
 * ydoc.on("update", (update, origin) => { if (origin !== ORIGINS.seed) store(update); });
 */
export const ORIGINS = Object.freeze({
  localEdit: Object.freeze({ kind: "local-edit" as const }),
  remote: Object.freeze({ kind: "remote" as const }),
  seed: Object.freeze({ kind: "seed" as const }),
  restore: Object.freeze({ kind: "restore" as const }),
  repair: Object.freeze({ kind: "repair" as const }),
});

export type Origin = (typeof ORIGINS)[keyof typeof ORIGINS];
export type OriginKind = Origin["kind"];
