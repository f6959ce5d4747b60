import { TABLE_NAMES, type JourneyDocument, type Patch, type PatchOp } from "@kaart/core";

/**
 * The patch that turns `before` into `after`: the map record, then every record that is new or
 * changed, then removals. Applied to a live Y.Doc it touches only what differs, so editors who
 * changed other records keep their edits.
 *
 * @example
 * applyPatchToYDoc(ydoc, replacementPatch(current, imported), ORIGINS.restore);
 */
export function replacementPatch(before: JourneyDocument, after: JourneyDocument): Patch {
  const ops: PatchOp[] = [];
  if (JSON.stringify(before.map) !== JSON.stringify(after.map)) ops.push({ op: "putMap", record: after.map });
  for (const table of TABLE_NAMES) {
    const old: Record<string, unknown> = before[table];
    for (const [id, record] of Object.entries(after[table])) {
      if (JSON.stringify(old[id]) !== JSON.stringify(record)) ops.push({ op: "put", table, id, record } as PatchOp);
    }
    for (const id of Object.keys(old)) if (!(id in after[table])) ops.push({ op: "remove", table, id });
  }
  return { ops };
}
