import { toPointer } from "../document/document-issue";
import type { JourneyDocument } from "../document/journey-document";
import { byOrder } from "../records/order-key";
import type { DiffTable, Place, TableDiff } from "./map-diff";
import { changedFields } from "./same-value";

/**
 * How one table is compared. Records are matched by id. A record moves when its container
 * changes, or when its order key changes and its rank among the siblings present in both maps
 * (same container in both) changes: inserting or removing a neighbour is not a move, and a key
 * rewritten without reordering is not either.
 */
export interface TableSpec<R extends { id: string }> {
  table: DiffTable;
  records(doc: JourneyDocument): Record<string, R>;
  /** Name shown for the record (its name, a card's title, a cell's lane × column). */
  name(record: R, doc: JourneyDocument): string;
  /** The user-editable name compared for renames; absent for records without one (cells). */
  renameField?: "name" | "title";
  /** Container and order of movable records; absent for unordered tables. */
  placement?: { container(record: R): Omit<Place, "index">; order(record: R): string };
  /** Fields never listed as changed: the id, and what renames and moves already report. */
  ignore: ReadonlySet<string>;
  /** Rank of every id in listing order (map order) in one version. */
  listing(doc: JourneyDocument): Map<string, number>;
}

export function diffTable<R extends { id: string }>(a: JourneyDocument, b: JourneyDocument, spec: TableSpec<R>): TableDiff {
  const ra = spec.records(a);
  const rb = spec.records(b);
  const ref = (id: string, rec: R, doc: JourneyDocument) => ({ id, name: spec.name(rec, doc), pointer: toPointer([spec.table, id]) });
  const inB = sortBy(Object.keys(rb), spec.listing(b));
  const common = inB.filter((id) => ra[id]);
  const out: TableDiff = {
    added: inB.filter((id) => !ra[id]).map((id) => ref(id, rb[id]!, b)),
    removed: sortBy(Object.keys(ra).filter((id) => !rb[id]), spec.listing(a)).map((id) => ref(id, ra[id]!, a)),
    renamed: [],
    moved: [],
    changed: [],
  };
  const moves = spec.placement ? findMoves(ra, rb, common, spec.placement) : new Map<string, { from: Place; to: Place }>();
  for (const id of common) {
    const before = ra[id]!;
    const after = rb[id]!;
    const field = spec.renameField;
    const oldName = field ? valueOf(before, field) : undefined;
    const newName = field ? valueOf(after, field) : undefined;
    if (oldName !== newName) out.renamed.push({ ...ref(id, after, b), before: String(oldName ?? ""), after: String(newName ?? "") });
    const move = moves.get(id);
    if (move) out.moved.push({ ...ref(id, after, b), ...move });
    const fields = changedFields(before, after, spec.ignore);
    if (fields.length) out.changed.push({ ...ref(id, after, b), fields });
  }
  return out;
}

function findMoves<R extends { id: string }>(
  ra: Record<string, R>,
  rb: Record<string, R>,
  common: string[],
  placement: NonNullable<TableSpec<R>["placement"]>,
): Map<string, { from: Place; to: Place }> {
  const key = (r: R) => JSON.stringify(placement.container(r));
  const stay = common.filter((id) => key(ra[id]!) === key(rb[id]!));
  const rankA = siblingRanks(stay.map((id) => ra[id]!), key, placement.order);
  const rankB = siblingRanks(stay.map((id) => rb[id]!), key, placement.order);
  const indexA = siblingRanks(Object.values(ra), key, placement.order);
  const indexB = siblingRanks(Object.values(rb), key, placement.order);
  const moves = new Map<string, { from: Place; to: Place }>();
  for (const id of common) {
    const before = ra[id]!;
    const after = rb[id]!;
    const moved = key(before) !== key(after) || (placement.order(before) !== placement.order(after) && rankA.get(id) !== rankB.get(id));
    if (!moved) continue;
    moves.set(id, {
      from: { ...placement.container(before), index: indexA.get(id)! },
      to: { ...placement.container(after), index: indexB.get(id)! },
    });
  }
  return moves;
}

/** Index of each record among the records of its container, by order key then id. */
function siblingRanks<R extends { id: string }>(records: R[], key: (r: R) => string, order: (r: R) => string): Map<string, number> {
  const groups = new Map<string, { id: string; order: string }[]>();
  for (const r of records) {
    const list = groups.get(key(r)) ?? [];
    list.push({ id: r.id, order: order(r) });
    groups.set(key(r), list);
  }
  const ranks = new Map<string, number>();
  for (const list of groups.values()) list.sort(byOrder).forEach((r, i) => ranks.set(r.id, i));
  return ranks;
}

function sortBy(ids: string[], rank: Map<string, number>): string[] {
  return ids.sort((x, y) => (rank.get(x) ?? Infinity) - (rank.get(y) ?? Infinity) || (x < y ? -1 : x > y ? 1 : 0));
}

function valueOf(record: object, field: string): unknown {
  return new Map(Object.entries(record)).get(field);
}
