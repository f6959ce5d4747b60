import { cellHasContent } from "./cell-content";
import { pointerTo, stepLocation } from "./location";
import { compareText, type MapIndex } from "./map-index";
import type { Gap } from "./map-analysis";

/**
 * What the map is missing, grouped by kind in this order: stages without touchpoints,
 * touchpoints without an owner team, steps without evidence, personas without a curve, steps
 * without a score, lanes empty across the map. Within a kind, map order.
 */
export function findGaps(index: MapIndex): Gap[] {
  return [
    ...stagesWithoutTouchpoints(index),
    ...touchpointsWithoutOwner(index),
    ...stepsWithoutEvidence(index),
    ...personasWithoutCurve(index),
    ...stepsWithoutScore(index),
    ...emptyLanes(index),
  ];
}

/** A stage has touchpoints when a touchpoint cell (in any lane) at it or one of its steps lists one. */
function stagesWithoutTouchpoints(index: MapIndex): Gap[] {
  const withTouchpoints = new Set<string>();
  for (const cell of Object.values(index.doc.cells)) {
    if (cell.content.kind !== "touchpoints" || cell.content.touchpointIds.length === 0) continue;
    const stageId = cell.stageId ?? index.doc.steps[cell.stepId ?? ""]?.stageId;
    if (stageId) withTouchpoints.add(stageId);
  }
  return index.stages
    .filter((s) => !withTouchpoints.has(s.id))
    .map((s) => ({
      kind: "stageWithoutTouchpoints",
      subjectId: s.id,
      message: `stage ${quote(s.name)} has no touchpoints`,
      location: { pointer: pointerTo("stages", s.id), stageId: s.id },
    }));
}

function touchpointsWithoutOwner(index: MapIndex): Gap[] {
  return Object.values(index.doc.touchpoints)
    .filter((t) => (t.ownerTeam ?? "").trim() === "")
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id))
    .map((t) => ({
      kind: "touchpointWithoutOwner",
      subjectId: t.id,
      message: `touchpoint ${quote(t.name)} has no owner team`,
      location: { pointer: pointerTo("touchpoints", t.id), touchpointId: t.id },
    }));
}

/**
 * A step has evidence when an evidence cell with items, or a card with evidence, sits at the step
 * or spans its stage, or an emotion point at the step (either variant) cites evidence.
 */
function stepsWithoutEvidence(index: MapIndex): Gap[] {
  const grounded = new Set<string>();
  const mark = (stepId: string | undefined, stageId: string | undefined) => {
    if (stepId) grounded.add(stepId);
    if (stageId) for (const s of index.stepsByStage.get(stageId) ?? []) grounded.add(s.id);
  };
  for (const cell of Object.values(index.doc.cells)) {
    if (cell.content.kind === "evidence" && cell.content.items.length > 0) mark(cell.stepId, cell.stageId);
  }
  for (const card of Object.values(index.doc.cards)) if (card.evidence?.length) mark(card.stepId, card.stageId);
  for (const point of Object.values(index.doc.emotions)) if (point.evidence?.length) mark(point.stepId, undefined);
  return index.steps
    .filter((s) => !grounded.has(s.id))
    .map((s) => ({ kind: "stepWithoutEvidence", subjectId: s.id, message: `step ${quote(s.name)} has no evidence`, location: stepLocation(s) }));
}

function personasWithoutCurve(index: MapIndex): Gap[] {
  const withCurve = new Set(index.curves.map((c) => c.personaId));
  return index.personas
    .filter((p) => !withCurve.has(p.id))
    .map((p) => ({
      kind: "personaWithoutCurve",
      subjectId: p.id,
      message: `persona ${quote(p.name)} has no ${index.variant} emotion scores`,
      location: { pointer: pointerTo("personas", p.id), personaId: p.id },
    }));
}

function stepsWithoutScore(index: MapIndex): Gap[] {
  return index.steps
    .filter((s) => (index.pointsByStep.get(s.id) ?? []).length === 0)
    .map((s) => ({ kind: "stepWithoutScore", subjectId: s.id, message: `step ${quote(s.name)} has no ${index.variant} emotion score`, location: stepLocation(s) }));
}

/**
 * A lane is empty when no cell in it has content and no card sits in it. An emotions lane shows
 * the curve, not cells, so it is full when its persona (any persona, for a lane without one) has
 * a score.
 */
function emptyLanes(index: MapIndex): Gap[] {
  const used = new Set<string>();
  for (const cell of Object.values(index.doc.cells)) if (cellHasContent(cell.content)) used.add(cell.laneId);
  for (const card of Object.values(index.doc.cards)) used.add(card.laneId);
  const curved = new Set(index.curves.map((c) => c.personaId));
  return index.lanes
    .filter((l) => !used.has(l.id) && !(l.type === "emotions" && (l.personaId ? curved.has(l.personaId) : curved.size > 0)))
    .map((l) => ({
      kind: "emptyLane",
      subjectId: l.id,
      message: `lane ${quote(l.name)} is empty across the map`,
      location: { pointer: pointerTo("lanes", l.id), laneId: l.id },
    }));
}

function quote(name: string): string {
  return JSON.stringify(name);
}
