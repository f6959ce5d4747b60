import { addStage, addStep, applyPatch, emptyDocument, newId, setStepBinding, type JourneyDocument, type OperationContext, type OperationResult } from "@kaart/core";
import type { EventLog } from "../log/event-log";
import { compareCodePoints } from "../order/code-point-order";
import { bindJourney, type BindJourneyResult } from "./bind-journey";

export interface DiscoverOptions {
  title: string;
  source: string;
  /** Activities in fewer than this share of cases are left out (default 0.05). */
  minCaseShare?: number;
  /** At most this many steps (default 12), the most widespread activities first. */
  maxSteps?: number;
  /** Steps per stage (default 4). */
  stepsPerStage?: number;
}

/**
 * Drafts a journey map from a log: the activities most cases go through become steps, ordered
 * by where they first happen in a case on average (relative position 0–1), grouped into stages
 * of a few steps; each step is bound to its activity and gets a metrics cell.
 *
 * @example discoverJourney(log, { now, title: "Checkout", source: "event log shop.csv" }).document
 */
export function discoverJourney(log: EventLog, ctx: OperationContext & DiscoverOptions): BindJourneyResult {
  const chosen = commonActivities(log, ctx.minCaseShare ?? 0.05, ctx.maxSteps ?? 12);
  let doc = emptyDocument({ mapId: newId("map", ctx.random), title: ctx.title, now: ctx.now });
  const perStage = ctx.stepsPerStage ?? 4;
  let stageId: JourneyDocument["stages"][string]["id"] | undefined;
  chosen.forEach((activity, i) => {
    if (i % perStage === 0) stageId = applied(doc, addStage(doc, { name: `Stage ${i / perStage + 1}` }, ctx), (d) => (doc = d));
    const stepId = applied(doc, addStep(doc, { stageId: stageId!, name: activity.slice(0, 500) }, ctx), (d) => (doc = d));
    applied(doc, setStepBinding(doc, { stepId, binding: { activities: [activity], patterns: [] } }, ctx), (d) => (doc = d));
  });
  return bindJourney(doc, log, ctx);
}

/** Activities in at least `minShare` of cases, the `max` most widespread, ordered by mean relative first position. */
function commonActivities(log: EventLog, minShare: number, max: number): string[] {
  const n = log.activityNames.length;
  const cases = new Float64Array(n);
  const position = new Float64Array(n);
  const seenIn = new Int32Array(n).fill(-1);
  const total = log.caseStart.length - 1;
  for (let c = 0; c < total; c++) {
    const s = log.caseStart[c]!;
    const length = log.caseStart[c + 1]! - s;
    for (let i = s; i < s + length; i++) {
      const a = log.activity[i]!;
      if (seenIn[a] === c) continue;
      seenIn[a] = c;
      cases[a]!++;
      position[a]! += length <= 1 ? 0 : (i - s) / (length - 1);
    }
  }
  const candidates = log.activityNames.map((name, a) => ({ name, cases: cases[a]!, position: cases[a]! === 0 ? 0 : position[a]! / cases[a]! }));
  // Names longer than a binding may hold cannot be bound, so they are not drafted as steps.
  return candidates
    .filter((c) => c.cases > 0 && c.cases >= minShare * total && c.name.length <= 500 && c.name !== "")
    .sort((x, y) => y.cases - x.cases || compareCodePoints(x.name, y.name))
    .slice(0, max)
    .sort((x, y) => x.position - y.position || compareCodePoints(x.name, y.name))
    .map((c) => c.name);
}

function applied<T>(doc: JourneyDocument, result: OperationResult<T>, set: (doc: JourneyDocument) => void): T {
  if (!result.ok) throw new Error(`operation refused while drafting a map: ${result.error.message}`);
  set(applyPatch(doc, result.patch));
  return result.value;
}
