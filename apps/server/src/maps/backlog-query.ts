import { CARD_STATUSES } from "@kaart/core";
import type { BacklogItem } from "@kaart/contract";

export interface BacklogFilter {
  kind?: BacklogItem["kind"];
  owner?: string;
  status?: NonNullable<BacklogItem["status"]> | "none";
  impact?: number;
  effort?: number;
  mapId?: string;
  sort: "impact" | "effort" | "feasibility" | "severity" | "status" | "owner" | "map" | "title";
  order: "asc" | "desc";
}

function matches(item: BacklogItem, f: BacklogFilter): boolean {
  if (f.kind && item.kind !== f.kind) return false;
  if (f.owner && item.owner?.toLowerCase() !== f.owner.toLowerCase()) return false;
  if (f.status && (item.status ?? "none") !== f.status) return false;
  if (f.impact !== undefined && item.impact !== f.impact) return false;
  if (f.effort !== undefined && item.effort !== f.effort) return false;
  return !f.mapId || item.mapId === f.mapId;
}

/** The value sorted on; statuses sort in workflow order (open → dropped), text by locale. */
function sortKey(item: BacklogItem, sort: BacklogFilter["sort"]): number | string | undefined {
  switch (sort) {
    case "status":
      return item.status === undefined ? undefined : CARD_STATUSES.indexOf(item.status);
    case "map":
      return item.mapTitle;
    case "owner":
      return item.owner;
    case "title":
      return item.title;
    default:
      return item[sort];
  }
}

function compare(a: number | string, b: number | string): number {
  return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
}

/**
 * Filters and sorts backlog rows. Rows lacking the sorted field go last in both directions (an
 * unrated card is not "lowest impact"); ties keep the input order, which is map then grid order.
 *
 * @example
 * queryBacklog(items, { status: "open", sort: "impact", order: "desc" });
 */
export function queryBacklog(items: BacklogItem[], f: BacklogFilter): BacklogItem[] {
  const sign = f.order === "asc" ? 1 : -1;
  return items
    .filter((i) => matches(i, f))
    .map((item, index) => ({ item, index, key: sortKey(item, f.sort) }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) return (a.key === undefined ? 1 : 0) - (b.key === undefined ? 1 : 0) || a.index - b.index;
      return sign * compare(a.key, b.key) || a.index - b.index;
    })
    .map((x) => x.item);
}
