import type { Quadrant } from "@kaart/core";

export type RatedQuadrant = Exclude<Quadrant, "unrated">;

/** The two halves a quadrant sits in: impact and feasibility each high (at or above the cut) or low. */
const HALVES: Record<RatedQuadrant, { impact: "high" | "low"; feasibility: "high" | "low" }> = {
  quickWin: { impact: "high", feasibility: "high" },
  majorProject: { impact: "high", feasibility: "low" },
  fillIn: { impact: "low", feasibility: "high" },
  thanklessTask: { impact: "low", feasibility: "low" },
};

/** A 1–5 value on the wanted side of `cut`: kept when it already is, else the nearest value across. */
function onSide(value: number | undefined, side: "high" | "low", cut: number): number {
  const highest = 5;
  const lowest = 1;
  const firstHigh = Math.min(highest, Math.ceil(cut));
  const lastLow = Math.max(lowest, firstHigh - 1);
  if (value === undefined) return side === "high" ? firstHigh : lastLow;
  if (side === "high") return value >= cut ? value : firstHigh;
  return value < cut ? value : lastLow;
}

/**
 * The impact and effort a card gets when it is put into `quadrant` of the opportunity matrix
 * (feasibility is `6 - effort`): a figure already on the quadrant's side of the cut is kept, and
 * one on the other side moves just across, so a card dragged from "major project" to "quick win"
 * keeps its impact and becomes only as easy as it must. An unrated card gets the values next to the cut.
 *
 * @example
 * placeInQuadrant({ impact: 5, effort: 4 }, "quickWin", { impact: 3, feasibility: 3 }) // { impact: 5, effort: 3 }
 */
export function placeInQuadrant(card: { impact?: number; effort?: number }, quadrant: RatedQuadrant, cut: { impact: number; feasibility: number }): { impact: number; effort: number } {
  const halves = HALVES[quadrant];
  const feasibility = onSide(card.effort === undefined ? undefined : 6 - card.effort, halves.feasibility, cut.feasibility);
  return { impact: onSide(card.impact, halves.impact, cut.impact), effort: 6 - feasibility };
}

export const RATED_QUADRANTS: readonly RatedQuadrant[] = ["quickWin", "majorProject", "fillIn", "thanklessTask"];
