import { addLane, applyPatch, orderedLanes, orderedSteps, setCellContent, setStepBinding, type JourneyDocument, type OperationContext, type StepId } from "@kaart/core";
import type { EventLog } from "../log/event-log";
import { suggestBindings } from "./activity-match";
import { metricKpis } from "./metric-kpis";
import { boundActivities } from "./step-binding";
import { stepMetrics, type StepMetrics } from "./step-metrics";

export interface StepBindingReport {
  stepId: StepId;
  stepName: string;
  /** Activities of the log the step stands for. */
  activities: string[];
  /** True when the binding was suggested now from names; false when the map already had it. */
  suggested: boolean;
}

export interface BindJourneyResult {
  document: JourneyDocument;
  bindings: StepBindingReport[];
  metrics: StepMetrics<StepId>[];
}

/**
 * Binds a map's steps to a log and writes KPI metrics cells. Steps that already have a binding
 * keep it; the others get the activities whose names fit them ({@link suggestBindings}), among
 * the activities no step claims yet. Every change goes through core operations.
 *
 * @example
 * const { document, bindings } = bindJourney(doc, log, { now, source: "event log shop.csv" });
 */
export function bindJourney(doc: JourneyDocument, log: EventLog, ctx: OperationContext & { source: string }): BindJourneyResult {
  const steps = orderedSteps(doc);
  const claimed = new Set<string>();
  const existing = new Map<StepId, string[]>();
  for (const step of steps) {
    if (!step.binding) continue;
    const activities = boundActivities(step.binding, log.activityNames);
    existing.set(step.id, activities);
    activities.forEach((a) => claimed.add(a));
  }
  const free = log.activityNames.filter((a) => !claimed.has(a));
  const suggestions = suggestBindings(steps.filter((s) => !s.binding), free);
  let document = doc;
  const bindings: StepBindingReport[] = [];
  for (const step of steps) {
    const kept = existing.get(step.id);
    const suggested = suggestions.get(step.id);
    if (kept) bindings.push({ stepId: step.id, stepName: step.name, activities: kept, suggested: false });
    else if (suggested) {
      document = apply(document, setStepBinding(document, { stepId: step.id, binding: { activities: suggested, patterns: [] } }, ctx));
      bindings.push({ stepId: step.id, stepName: step.name, activities: suggested, suggested: true });
    }
  }
  const measured = bindings.filter((b) => b.activities.length > 0);
  const metrics = stepMetrics(log, measured.map((b) => ({ stepId: b.stepId, activities: b.activities })));
  if (metrics.length > 0) document = writeMetrics(document, metrics, ctx);
  return { document, bindings, metrics };
}

function writeMetrics(doc: JourneyDocument, metrics: StepMetrics<StepId>[], ctx: OperationContext & { source: string }): JourneyDocument {
  let document = doc;
  let laneId = orderedLanes(document).find((l) => l.type === "metrics")?.id;
  if (!laneId) {
    const added = addLane(document, { type: "metrics", name: "Metrics" }, ctx);
    document = apply(document, added);
    if (added.ok) laneId = added.value;
  }
  if (!laneId) return document;
  for (const m of metrics) {
    const content = { kind: "metrics" as const, metrics: metricKpis(m, { measuredAt: ctx.now, source: ctx.source }) };
    document = apply(document, setCellContent(document, { laneId, at: m.stepId, content }, ctx));
  }
  return document;
}

/** Applies a successful operation's patch; a refused one changes nothing (its patch is empty). */
function apply(doc: JourneyDocument, result: { ok: boolean; patch: Parameters<typeof applyPatch>[1] }): JourneyDocument {
  if (!result.ok) throw new Error(`operation refused while binding: ${JSON.stringify(result)}`);
  return applyPatch(doc, result.patch);
}
