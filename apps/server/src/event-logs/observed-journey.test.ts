import { it } from "node:test";
import assert from "node:assert/strict";
import { EventLogBuilder } from "@kaart/analytics";
import { addFlowEdge, addStage, addStep, applyPatch, emptyDocument, setStepBinding, type JourneyDocument, type OperationResult } from "@kaart/core";
import { observedJourney } from "./observed-journey";

const ctx = { now: "2026-01-01T00:00:00.000Z" };
function take<T>(doc: JourneyDocument, r: OperationResult<T>): { doc: JourneyDocument; value: T } {
  if (!r.ok) throw new Error(r.error.message);
  return { doc: applyPatch(doc, r.patch), value: r.value };
}

/** Steps Browse (bound by a pattern to `view_*`), Help (unbound) and Buy; a loop edge Buy → Browse. */
function journey(): { doc: JourneyDocument; ids: string[] } {
  let doc = emptyDocument({ mapId: "map:t", title: "T", now: ctx.now });
  const stage = take(doc, addStage(doc, { name: "S" }, ctx));
  doc = stage.doc;
  const ids: string[] = [];
  for (const name of ["Browse", "Help", "Buy"]) {
    const s = take(doc, addStep(doc, { stageId: stage.value, name }, ctx));
    doc = s.doc;
    ids.push(s.value);
  }
  doc = take(doc, setStepBinding(doc, { stepId: ids[0]!, binding: { activities: [], patterns: ["view_*"] } }, ctx)).doc;
  doc = take(doc, setStepBinding(doc, { stepId: ids[2]!, binding: { activities: ["buy"], patterns: [] } }, ctx)).doc;
  doc = take(doc, addFlowEdge(doc, { from: ids[2]!, to: ids[0]!, kind: "loop" }, ctx)).doc;
  return { doc, ids };
}

it("follows flow edges and patterns; unbound steps and activities show up as such", () => {
  const { doc, ids } = journey();
  const b = new EventLogBuilder();
  // x: view_home → view_item → buy → view_home (loop edge: foreseen) → chat (unbound: unforeseen)
  ["view_home", "view_item", "buy", "view_home", "chat"].forEach((a, i) => b.add("x", a, i * 1000));
  // y: buy first, then view_item: Browse is out of order; buy → view_item follows the loop edge.
  ["buy", "view_item"].forEach((a, i) => b.add("y", a, i * 1000));
  const r = observedJourney(doc, b.build());
  assert.equal(r.cases, 2);
  const [browse, help, buy] = r.steps;
  assert.deepEqual(browse!.activities.sort(), ["view_home", "view_item"]);
  assert.deepEqual([browse!.casesWithStep, browse!.looped, browse!.outOfOrder, browse!.skipped], [2, 1, 1, 0]);
  assert.deepEqual([help!.stepId, help!.metrics, help!.casesWithStep], [ids[1], null, 0]);
  assert.deepEqual([buy!.casesWithStep, buy!.looped, buy!.outOfOrder], [2, 0, 0]);
  // Funnel Browse → Buy: both cases browse; only x buys after browsing.
  assert.deepEqual([browse!.metrics?.cases, buy!.metrics?.cases], [2, 1]);
  assert.deepEqual(r.unforeseen, [{ from: "view_home", to: "chat", fromStepId: ids[0], toStepId: null, cases: 1, count: 1 }]);
});
