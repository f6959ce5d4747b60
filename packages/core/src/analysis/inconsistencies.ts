import { toPointer } from "../document/document-issue";
import type { Cell } from "../records/cell";
import type { AnalysisSettings } from "./analysis-options";
import { stepLocation, type Location } from "./location";
import { compareText, stepMean, type MapIndex } from "./map-index";
import type { Inconsistency } from "./map-analysis";
import { TIE_EPSILON } from "./moments";

type Scored = Inconsistency["values"][number];

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
  return touchpoints.flatMap((tp) => {
    const cells = [...(cellsByTouchpoint.get(tp.id)?.values() ?? [])];
    cells.sort((a, b) => index.stepIndex.get(a.stepId!)! - index.stepIndex.get(b.stepId!)!);
    const values = cells.flatMap((cell): Scored[] => {
      const mean = stepMean(index, cell.stepId!);
      return mean === undefined ? [] : [{ id: cell.stepId!, normalised: mean, location: cellLocation(index, cell) }];
    });
    const found = spreadOf(values, threshold);
    if (!found) return [];
    const location: Location = { ...found.lowest.location, pointer: toPointer(["touchpoints", tp.id]), touchpointId: tp.id };
    delete location.cellId;
    delete location.laneId;
    return [{ kind: "touchpointAcrossSteps" as const, subjectId: tp.id, ...found, values, location }];
  });
}

/** The first cell (in lane order) listing each touchpoint at each step; stage-wide cells have no column to compare. */
function touchpointCells(index: MapIndex): Map<string, Map<string, Cell>> {
  const out = new Map<string, Map<string, Cell>>();
  const cells = Object.values(index.doc.cells).filter(
    (c) => c.content.kind === "touchpoints" && c.stepId !== undefined && index.stepIndex.has(c.stepId) && index.laneIndex.has(c.laneId),
  );
  cells.sort((a, b) => index.laneIndex.get(a.laneId)! - index.laneIndex.get(b.laneId)!);
  for (const cell of cells) {
    if (cell.content.kind !== "touchpoints") continue;
    for (const tp of cell.content.touchpointIds) {
      const bySteps = out.get(tp) ?? new Map<string, Cell>();
      if (!bySteps.has(cell.stepId!)) bySteps.set(cell.stepId!, cell);
      out.set(tp, bySteps);
    }
  }
  return out;
}

function acrossPersonas(index: MapIndex, threshold: number): Inconsistency[] {
  const personaRank = new Map(index.personas.map((p, i) => [p.id, i]));
  return index.steps.flatMap((step) => {
    const points = (index.pointsByStep.get(step.id) ?? []).filter((p) => p.point.personaId && personaRank.has(p.point.personaId));
    points.sort((a, b) => personaRank.get(a.point.personaId!)! - personaRank.get(b.point.personaId!)!);
    const values = points.map((p): Scored => ({
      id: p.point.personaId!,
      normalised: p.normalised,
      location: { ...stepLocation(step), pointer: toPointer(["emotions", p.point.id]), emotionId: p.point.id, personaId: p.point.personaId! },
    }));
    const found = spreadOf(values, threshold);
    return found ? [{ kind: "personasAtStep" as const, subjectId: step.id, ...found, values, location: stepLocation(step) }] : [];
  });
}

/** Lowest and highest (the first of each in the given order) when their spread reaches the threshold. */
function spreadOf(values: Scored[], threshold: number): { spread: number; lowest: Scored; highest: Scored } | undefined {
  if (values.length < 2) return undefined;
  let lowest = values[0]!;
  let highest = values[0]!;
  for (const v of values) {
    if (v.normalised < lowest.normalised) lowest = v;
    if (v.normalised > highest.normalised) highest = v;
  }
  const spread = highest.normalised - lowest.normalised;
  return spread > 0 && spread >= threshold - TIE_EPSILON ? { spread, lowest, highest } : undefined;
}

function cellLocation(index: MapIndex, cell: Cell): Location {
  const step = index.doc.steps[cell.stepId!]!;
  return { ...stepLocation(step), pointer: toPointer(["cells", cell.id]), laneId: cell.laneId, cellId: cell.id };
}
