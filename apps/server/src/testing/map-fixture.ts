import { addCard, addLane, addStage, addStep, applyPatch, type AddCardArgs, type JourneyDocument, type OperationResult } from "@kaart/core";

const ctx = { now: "2026-01-01T00:00:00.000Z" };

function take<T>(doc: JourneyDocument, r: OperationResult<T>): { doc: JourneyDocument; value: T } {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return { doc: applyPatch(doc, r.patch), value: r.value };
}

/** Card fields a test sets; the lane and cell are chosen by `withCards`. */
export type FixtureCard = Omit<AddCardArgs, "laneId" | "at"> & { lane: "pains" | "opportunities"; step: 0 | 1 };

/**
 * Adds to `doc` one stage "Buy" with steps "Browse" and "Pay", a pain-point and an opportunity
 * lane, and the given cards, all through core operations as an editor would.
 */
export function withCards(doc: JourneyDocument, cards: FixtureCard[]): JourneyDocument {
  let d = doc;
  const stage = take(d, addStage(d, { name: "Buy" }, ctx));
  d = stage.doc;
  const steps: string[] = [];
  for (const name of ["Browse", "Pay"]) {
    const s = take(d, addStep(d, { stageId: stage.value, name }, ctx));
    d = s.doc;
    steps.push(s.value);
  }
  const pains = take(d, addLane(d, { type: "painPoints", name: "Pains" }, ctx));
  const opps = take(pains.doc, addLane(pains.doc, { type: "opportunities", name: "Opportunities" }, ctx));
  d = opps.doc;
  for (const { lane, step, ...fields } of cards) {
    d = take(d, addCard(d, { ...fields, laneId: lane === "pains" ? pains.value : opps.value, at: steps[step]! }, ctx)).doc;
  }
  return d;
}
