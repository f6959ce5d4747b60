import type { JourneyMap } from "../records/journey-map";
import type { RecordOf, TableName } from "../document/tables";

/**
 * The change an operation makes, as data (contracts.md): records put or removed by id, the map
 * record replaced, and text splices. A plain document applies it with `applyPatch`; the collab
 * package applies the same ops to a Y.Doc in one transaction. Ops apply in order.
 */
export type PatchOp =
  | { [T in TableName]: { op: "put"; table: T; id: string; record: RecordOf<T> } }[TableName]
  | { op: "remove"; table: TableName; id: string }
  | { op: "putMap"; record: JourneyMap }
  | {
      /**
       * Replace `deleteCount` characters at `index` of a text field with `insert`. `field` is a
       * dot path to a string or rich-text field (e.g. `name`, `content.text`); on rich text the
       * index counts characters of the plain text and inserted text takes the run it lands in.
       * Splices let two people type in the same field at once without losing either's keys.
       */
      op: "splice";
      table: TableName | "map";
      id: string;
      field: string;
      index: number;
      deleteCount: number;
      insert: string;
    };

export interface Patch {
  ops: PatchOp[];
}

export const EMPTY_PATCH: Patch = Object.freeze({ ops: [] }) as Patch;

/** One patch doing `a` then `b`. */
export function concatPatches(...patches: Patch[]): Patch {
  return { ops: patches.flatMap((p) => p.ops) };
}
