/**
 * @kaart/collab — the Yjs shape of a map and applying core patches to it. Browser-safe: no
 * `node:` imports. Every export is named here on purpose (no `export *`).
 */
export { ORIGINS } from "./origins";
export type { Origin, OriginKind } from "./origins";
export { mapRoots } from "./y-roots";
export { documentToYDoc, YDocNotEmptyError } from "./document-to-ydoc";
export { yDocToDocument, yDocToJson, validateYDoc } from "./ydoc-to-document";
export { applyPatchToYDoc } from "./apply-patch-to-ydoc";
export { repairYDoc } from "./repair-ydoc";
export type { RepairResult } from "./repair-ydoc";
export { createDocumentReader } from "./document-reader";
export type { DocumentReader } from "./document-reader";
