import type { PatchOp } from "../patch/patch";
import type { RecordOf } from "../document/tables";
import { putOp } from "./put-op";
import { applyChanges } from "./apply-changes";
import { TEXT_FIELDS } from "./text-fields";
import { textSpliceOps } from "./text-splice";

type UpdatableTable = "personas" | "touchpoints";

/**
 * The ops of an `update…` operation: one put for the fields that are replaced, then a splice for
 * each typed text field (see TEXT_FIELDS) that had a value and gets a new one, so typing in a
 * persona's quote merges with a colleague's edit of the same quote. The put comes first and
 * carries the old text, so the splices apply on top of it.
 */
export function recordUpdateOps<T extends UpdatableTable>(table: T, record: RecordOf<T>, changes: { [K in keyof RecordOf<T>]?: RecordOf<T>[K] | null }): PatchOp[] {
  const textFields = TEXT_FIELDS[table];
  const old = record as Record<string, unknown>;
  const replaced: Record<string, unknown> = {};
  const splices: PatchOp[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (textFields[key] === "plain" && typeof value === "string" && typeof old[key] === "string") {
      splices.push(...textSpliceOps(table, record.id, key, old[key], value));
    } else replaced[key] = value;
  }
  const next = applyChanges(record, replaced as typeof changes);
  const put = JSON.stringify(next) === JSON.stringify(record) ? [] : [putOp(table, next)];
  return [...put, ...splices];
}
