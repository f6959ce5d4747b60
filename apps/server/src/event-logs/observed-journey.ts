import { boundActivities, stepMetrics, type EventLog } from "@kaart/analytics";
import type { ObservedJourney } from "@kaart/contract";
import { orderedSteps, type JourneyDocument } from "@kaart/core";

/**
 * The designed journey against what the log shows. Steps are compared in map order (the column
 * order is the designed path). Per case, each event maps to the step its activity is bound to
 * (unbound activities map to none), and the case's step sequence is read for:
 * - skipped: the case reaches a later bound step but never this one;
 * - looped: the step comes back after another step came in between;
 * - out of order: the step is first reached after a later step was first reached.
 * Directly-follows pairs of activities are unforeseen when they involve an unbound activity, or
 * lead to a step other than the same one, the next bound one, or a flow edge's target.
 */
export function observedJourney(doc: JourneyDocument, log: EventLog): ObservedJourney {
  const steps = orderedSteps(doc).map((s) => ({ id: s.id, name: s.name, activities: s.binding ? boundActivities(s.binding, log.activityNames) : [] }));
  const bound = steps.filter((s) => s.activities.length > 0);
  const boundIndex = new Map(bound.map((s, k) => [s.id, k]));
  // Activity code → position among bound steps (the first step claiming it wins), -1 when unbound.
  const stepOf = new Int32Array(log.activityNames.length).fill(-1);
  const byName = new Map(log.activityNames.map((a, i) => [a, i]));
  bound.forEach((s, k) => {
    for (const a of s.activities) {
      const code = byName.get(a)!;
      if (stepOf[code] === -1) stepOf[code] = k;
    }
  });
  const flowTargets = bound.map(() => new Set<number>());
  for (const flow of Object.values(doc.flows)) {
    const from = boundIndex.get(flow.from);
    const to = boundIndex.get(flow.to);
    if (from !== undefined && to !== undefined) flowTargets[from]!.add(to);
  }

  const n = bound.length;
  const reached = new Array<number>(n).fill(0);
  const skipped = new Array<number>(n).fill(0);
  const looped = new Array<number>(n).fill(0);
  const outOfOrder = new Array<number>(n).fill(0);
  const unforeseen = new Map<string, { from: number; to: number; count: number; cases: number; lastCase: number }>();
  const cases = log.caseStart.length - 1;
  const first = new Int32Array(n);
  const visits = new Int32Array(n);

  for (let c = 0; c < cases; c++) {
    first.fill(-1);
    visits.fill(0);
    let previousStep = -1;
    let order = 0;
    const start = log.caseStart[c]!;
    const end = log.caseStart[c + 1]!;
    for (let e = start; e < end; e++) {
      const k = stepOf[log.activity[e]!]!;
      if (k >= 0 && k !== previousStep) {
        visits[k]!++;
        if (first[k] === -1) first[k] = order++;
        previousStep = k;
      }
      if (e > start) {
        const a = log.activity[e - 1]!;
        const b = log.activity[e]!;
        const from = stepOf[a]!;
        const to = stepOf[b]!;
        const foreseen = from >= 0 && to >= 0 && (to === from || to === from + 1 || flowTargets[from]!.has(to));
        if (!foreseen) {
          const key = `${a}\u0000${b}`;
          const entry = unforeseen.get(key) ?? { from: a, to: b, count: 0, cases: 0, lastCase: -1 };
          entry.count++;
          if (entry.lastCase !== c) {
            entry.cases++;
            entry.lastCase = c;
          }
          unforeseen.set(key, entry);
        }
      }
    }
    let laterReached = false;
    let earliestLater = Number.POSITIVE_INFINITY;
    for (let k = n - 1; k >= 0; k--) {
      if (first[k]! >= 0) {
        reached[k]!++;
        if (visits[k]! > 1) looped[k]!++;
        if (first[k]! > earliestLater) outOfOrder[k]!++;
        earliestLater = Math.min(earliestLater, first[k]!);
      } else if (laterReached) skipped[k]!++;
      if (first[k]! >= 0) laterReached = true;
    }
  }

  const metrics = new Map(stepMetrics(log, bound.map((s) => ({ stepId: s.id, activities: s.activities }))).map((m) => [m.stepId, m]));
  const stepId = (code: number) => (stepOf[code]! >= 0 ? bound[stepOf[code]!]!.id : null);
  return {
    cases,
    steps: steps.map((s) => {
      const k = boundIndex.get(s.id);
      return {
        stepId: s.id,
        stepName: s.name,
        activities: s.activities,
        metrics: metrics.get(s.id) ?? null,
        casesWithStep: k === undefined ? 0 : reached[k]!,
        skipped: k === undefined ? 0 : skipped[k]!,
        looped: k === undefined ? 0 : looped[k]!,
        outOfOrder: k === undefined ? 0 : outOfOrder[k]!,
      };
    }),
    unforeseen: [...unforeseen.values()]
      .sort((x, y) => y.count - x.count || x.from - y.from || x.to - y.to)
      .map((u) => ({ from: log.activityNames[u.from]!, to: log.activityNames[u.to]!, fromStepId: stepId(u.from), toStepId: stepId(u.to), cases: u.cases, count: u.count })),
  };
}
