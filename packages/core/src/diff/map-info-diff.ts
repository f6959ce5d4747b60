import type { JourneyDocument } from "../document/journey-document";
import type { MapInfoChange } from "./map-diff";
import { changedFields } from "./same-value";

/** `updatedAt` changes on every save, so comparing it would make every two versions differ. */
const IGNORED = new Set(["updatedAt"]);

/** Fields of the map record (title, scope, scale, locales, …) that differ, alphabetically. */
export function diffMapInfo(a: JourneyDocument, b: JourneyDocument): MapInfoChange[] {
  const before = new Map(Object.entries(a.map));
  const after = new Map(Object.entries(b.map));
  return changedFields(a.map, b.map, IGNORED).map((field) => ({ field, before: before.get(field) ?? null, after: after.get(field) ?? null }));
}
