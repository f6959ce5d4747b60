import type { CardKind, LaneType } from "@kaart/core";

/** The kind of card a lane collects: pain points in the pain-point lane, and so on. */
export function cardKindOfLane(type: LaneType): CardKind {
  if (type === "painPoints") return "painPoint";
  if (type === "opportunities") return "opportunity";
  if (type === "ideas") return "idea";
  return "note";
}
