import type { Cell } from "../records/cell";
import type { EmotionPoint } from "../records/emotion-point";
import type { Step } from "../records/step";
import type { AnalysisSettings } from "./analysis-options";
import { pointerTo, stepLocation, type Location } from "./location";
import { compareText, stepMean, type MapIndex } from "./map-index";
import type { Inconsistency } from "./map-analysis";
import { TIE_EPSILON } from "./moments";

type Scored = Inconsistency["values"][number];

/**
 * A value before its location is built (most compared sets are consistent and never reported):
 * the cell it was read from (across steps) or the emotion point (across personas).
 */
interface Raw {
  id: string;
  normalised: number;
  step: Step;
  cell?: Cell;
  point?: EmotionPoint;
}

/**
 * Scores that disagree by at least `settings.inconsistencyThreshold` of the normalised scale:
 * one touchpoint felt very differently at the steps it appears in (each step's score is the mean
 * of every curve there), or personas feeling one step very differently. Touchpoints first (by
 * name, id), then steps in column order.
 */
export function findInconsistencies(index: MapIndex, settings: AnalysisSettings): Inconsistency[] {
  return [...acrossSteps(index, settings.inconsistencyThreshold), ...acrossPersonas(index, settings.inconsistencyThreshold)];
}

function acrossSteps(index: MapIndex, threshold: number): Inconsistency[] {
  const cellsByTouchpoint = touchpointCells(index);
  const touchpoints = Object.values(index.doc.touchpoints).sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const out: Inconsistency[] = [];
  for (const tp of touchpoints) {
    const cells = [...(cellsByTouchpoint.get(tp.id)?.values() ?? [])];
    cells.sort((a, b) => index.stepIndex.get(a.stepId!)! - index.stepIndex.get(b.stepId!)!);
    const raw: Raw[] = [];
    for (const cell of cells) {
      const mean = stepMean(index, cell.stepId!);
      if (mean !== undefined) raw.push({ id: cell.stepId!, normalised: mean, step: index.doc.steps[cell.stepId!]!, cell });
    }
    const found = spreadOf(raw, threshold);
    if (!found) continue;
    const { stageId, stepId } = found.lowest.location;
    out.push({ kind: "touchpointAcrossSteps", subjectId: tp.id, ...found, location: { pointer: pointerTo("touchpoints", tp.id), touchpointId: tp.id, stageId, stepId } });
  }
  return out;
}

/**
 * For each touchpoint, the cell listing it at each step; when two lanes list it at one step, the
 * upper lane's cell. Stage-wide cells have no column to compare and are left out.
 */
function touchpointCells(index: MapIndex): Map<string, Map<string, Cell>> {
  const out = new Map<string, Map<string, Cell>>();
  for (const cell of Object.values(index.doc.cells)) {
    if (cell.content.kind !== "touchpoints" || cell.stepId === undefined || !index.stepIndex.has(cell.stepId)) continue;
    const lane = index.laneIndex.get(cell.laneId);
    if (lane === undefined) continue;
    for (const tp of cell.content.touchpointIds) {
      let bySteps = out.get(tp);
      if (!bySteps) out.set(tp, (bySteps = new Map()));
      const held = bySteps.get(cell.stepId);
      if (!held || index.laneIndex.get(held.laneId)! > lane) bySteps.set(cell.stepId, cell);
    }
  }
  return out;
}

function acrossPersonas(index: MapIndex, threshold: number): Inconsistency[] {
  const personaRank = new Map(index.personas.map((p, i) => [p.id, i]));
  const out: Inconsistency[] = [];
  for (const step of index.steps) {
    const raw: (Raw & { rank: number })[] = [];
    for (const p of index.pointsByStep.get(step.id) ?? []) {
      const personaId = p.point.personaId;
      const rank = personaId === undefined ? undefined : personaRank.get(personaId);
      if (personaId === undefined || rank === undefined) continue;
      raw.push({ id: personaId, normalised: p.normalised, rank, step, point: p.point });
    }
    raw.sort((a, b) => a.rank - b.rank);
    const found = spreadOf(raw, threshold);
    if (found) out.push({ kind: "personasAtStep", subjectId: step.id, ...found, location: stepLocation(step) });
  }
  return out;
}

/**
 * Lowest and highest (the first of each in the given order) and every value with its location,
 * when the spread reaches the threshold; undefined otherwise.
 */
function spreadOf(raw: Raw[], threshold: number): { spread: number; lowest: Scored; highest: Scored; values: Scored[] } | undefined {
  if (raw.length < 2) return undefined;
  let lowest = 0;
  let highest = 0;
  raw.forEach((v, i) => {
    if (v.normalised < raw[lowest]!.normalised) lowest = i;
    if (v.normalised > raw[highest]!.normalised) highest = i;
  });
  const spread = raw[highest]!.normalised - raw[lowest]!.normalised;
  if (spread <= 0 || spread < threshold - TIE_EPSILON) return undefined;
  const values = raw.map((v) => ({ id: v.id, normalised: v.normalised, location: locate(v) }));
  return { spread, lowest: values[lowest]!, highest: values[highest]!, values };
}

function locate(v: Raw): Location {
  if (v.cell) return { ...stepLocation(v.step, pointerTo("cells", v.cell.id)), laneId: v.cell.laneId, cellId: v.cell.id };
  const point = v.point!;
  return { ...stepLocation(v.step, pointerTo("emotions", point.id)), emotionId: point.id, personaId: v.id };
}
