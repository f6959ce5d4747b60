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
  const facts = scanRecords(index);
  return [
    ...stagesWithoutTouchpoints(index, facts),
    ...touchpointsWithoutOwner(index),
    ...stepsWithoutEvidence(index, facts),
    ...personasWithoutCurve(index),
    ...stepsWithoutScore(index),
    ...emptyLanes(index, facts),
  ];
}

/** What the gap checks need from cells, cards and emotion points, gathered in one pass over each. */
interface Facts {
  /** Stages with a touchpoint cell listing a touchpoint, at the stage or one of its steps. */
  stagesWithTouchpoints: Set<string>;
  /** Steps with evidence (see stepsWithoutEvidence). */
  groundedSteps: Set<string>;
  /** Lanes with a cell that has content, or with a card. */
  usedLanes: Set<string>;
}

function scanRecords(index: MapIndex): Facts {
  const facts: Facts = { stagesWithTouchpoints: new Set(), groundedSteps: new Set(), usedLanes: new Set() };
  const ground = (stepId: string | undefined, stageId: string | undefined) => {
    if (stepId) facts.groundedSteps.add(stepId);
    if (stageId) for (const s of index.stepsByStage.get(stageId) ?? []) facts.groundedSteps.add(s.id);
  };
  for (const cell of Object.values(index.doc.cells)) {
    const content = cell.content;
    if (content.kind === "touchpoints" && content.touchpointIds.length > 0) {
      const stageId = cell.stageId ?? index.doc.steps[cell.stepId ?? ""]?.stageId;
      if (stageId) facts.stagesWithTouchpoints.add(stageId);
    }
    if (content.kind === "evidence" && content.items.length > 0) ground(cell.stepId, cell.stageId);
    // The content check reads text; skip it for lanes already known to be used.
    if (!facts.usedLanes.has(cell.laneId) && cellHasContent(content)) facts.usedLanes.add(cell.laneId);
  }
  for (const card of Object.values(index.doc.cards)) {
    facts.usedLanes.add(card.laneId);
    if (card.evidence?.length) ground(card.stepId, card.stageId);
  }
  for (const point of Object.values(index.doc.emotions)) if (point.evidence?.length) ground(point.stepId, undefined);
  return facts;
}

/** A stage has touchpoints when a touchpoint cell (in any lane) at it or one of its steps lists one. */
function stagesWithoutTouchpoints(index: MapIndex, facts: Facts): Gap[] {
  return index.stages
    .filter((s) => !facts.stagesWithTouchpoints.has(s.id))
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
function stepsWithoutEvidence(index: MapIndex, facts: Facts): Gap[] {
  return index.steps
    .filter((s) => !facts.groundedSteps.has(s.id))
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
function emptyLanes(index: MapIndex, facts: Facts): Gap[] {
  const curved = new Set(index.curves.map((c) => c.personaId));
  return index.lanes
    .filter((l) => !facts.usedLanes.has(l.id) && !(l.type === "emotions" && (l.personaId ? curved.has(l.personaId) : curved.size > 0)))
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
