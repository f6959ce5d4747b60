import type { PatchOp } from "../patch/patch";
import type { RecordOf, TableName } from "../document/tables";

/** A put op for a record of `table`, keyed by the record's own id. */
export function putOp<T extends TableName>(table: T, record: RecordOf<T>): PatchOp {
  // The mapped union of PatchOp cannot be narrowed by a generic table name; the signature above
  // already ties the record's type to its table.
  return { op: "put", table, id: record.id, record } as PatchOp;
}

/** Puts re-keying siblings whose order keys `placeAmong` had to renew. */
export function rekeyOps<T extends "stages" | "steps" | "lanes" | "cards">(table: T, records: Record<string, RecordOf<T>>, rekeyed: Map<string, string>): PatchOp[] {
  const ops: PatchOp[] = [];
  for (const [id, order] of rekeyed) {
    const record = records[id];
    if (record) ops.push(putOp(table, { ...record, order }));
  }
  return ops;
}

/** The object without keys whose value is undefined (records never store undefined). */
export function definedFields<O extends object>(o: O): O {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as O;
}
