import type { JourneyDocument } from "../document/journey-document";
import { orderedLanes, orderedStages } from "../document/ordered-records";
import { byOrder } from "../records/order-key";
import { normalizeScore, type EmotionScale } from "../records/emotion-scale";
import type { EmotionPoint, EmotionVariant } from "../records/emotion-point";
import type { Lane } from "../records/lane";
import type { Persona } from "../records/persona";
import type { Stage } from "../records/stage";
import type { Step } from "../records/step";

/** One scored step of a curve. `normalised` is clamped to 0–1 (off-scale scores are a lint matter). */
export interface CurvePoint {
  step: Step;
  point: EmotionPoint;
  normalised: number;
}

/** A persona's curve (or the persona-less one, `personaId: null`), in column order. */
export interface Curve {
  personaId: string | null;
  points: CurvePoint[];
}

/**
 * Everything the analyses read, ordered and indexed once so each analysis is linear in the map's
 * size (the 40 × 20 × 5 budget in docs/analysis.md). Built from a validated document; records
 * pointing at missing records are skipped rather than trusted.
 */
export interface MapIndex {
  doc: JourneyDocument;
  scale: EmotionScale;
  variant: EmotionVariant;
  stages: Stage[];
  steps: Step[];
  lanes: Lane[];
  personas: Persona[];
  stageIndex: Map<string, number>;
  stepIndex: Map<string, number>;
  laneIndex: Map<string, number>;
  stepsByStage: Map<string, Step[]>;
  /** Points of the chosen variant at each step, every curve. */
  pointsByStep: Map<string, CurvePoint[]>;
  curves: Curve[];
  /** Memo of `stepMean`: pain points and inconsistencies ask for the same steps many times. */
  stepMeans: Map<string, number | undefined>;
}

/** Clamp a score's fraction of its scale to 0–1. */
export function normalised(score: number, scale: EmotionScale): number {
  return Math.min(1, Math.max(0, normalizeScore(score, scale)));
}

export function indexMap(doc: JourneyDocument, variant: EmotionVariant): MapIndex {
  const stages = orderedStages(doc);
  const stepsByStage = new Map<string, Step[]>(stages.map((s) => [s.id, []]));
  for (const step of Object.values(doc.steps)) stepsByStage.get(step.stageId)?.push(step);
  for (const list of stepsByStage.values()) list.sort(byOrder);
  const steps = stages.flatMap((s) => stepsByStage.get(s.id) ?? []);
  const lanes = orderedLanes(doc);
  const scale = doc.map.emotionScale;
  const stepIndex = indexOf(steps);
  const pointsByStep = new Map<string, CurvePoint[]>(steps.map((s) => [s.id, []]));
  const byPersona = new Map<string | null, CurvePoint[]>();
  for (const point of Object.values(doc.emotions)) {
    const at = point.variant === variant ? pointsByStep.get(point.stepId) : undefined;
    if (!at) continue;
    const cp: CurvePoint = { step: doc.steps[point.stepId]!, point, normalised: normalised(point.score, scale) };
    at.push(cp);
    const key = point.personaId ?? null;
    const list = byPersona.get(key) ?? [];
    list.push(cp);
    byPersona.set(key, list);
  }
  const personas = orderedPersonas(doc);
  const keys: (string | null)[] = [...personas.map((p) => p.id), null];
  const curves = keys.flatMap((personaId) => {
    const points = byPersona.get(personaId);
    if (!points) return [];
    points.sort((a, b) => stepIndex.get(a.step.id)! - stepIndex.get(b.step.id)!);
    return [{ personaId, points }];
  });
  return {
    doc, scale, variant, stages, steps, lanes, personas, stepsByStage, pointsByStep, curves, stepIndex,
    stepMeans: new Map(),
    stageIndex: indexOf(stages),
    laneIndex: indexOf(lanes),
  };
}

/**
 * Personas in the order the map names them as its target personas, then the rest by name and id,
 * so reports list the map's main personas first and are stable across runs.
 */
export function orderedPersonas(doc: JourneyDocument): Persona[] {
  const target = doc.map.scope.targetPersonaIds;
  const rank = (p: Persona) => {
    const i = target.indexOf(p.id);
    return i < 0 ? target.length : i;
  };
  return Object.values(doc.personas).sort(
    (a, b) => rank(a) - rank(b) || compareText(a.name, b.name) || compareText(a.id, b.id),
  );
}

/** Code-point comparison: locale-independent, so the same map sorts the same everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Mean normalised score of every curve at the step, or undefined when nothing is scored there. */
export function stepMean(index: MapIndex, stepId: string): number | undefined {
  let mean = index.stepMeans.get(stepId);
  if (mean === undefined && !index.stepMeans.has(stepId)) {
    mean = meanOf(index.pointsByStep.get(stepId) ?? []);
    index.stepMeans.set(stepId, mean);
  }
  return mean;
}

/** Mean normalised score over every point at every step of the stage. */
export function stageMean(index: MapIndex, stageId: string): number | undefined {
  const steps = index.stepsByStage.get(stageId) ?? [];
  return meanOf(steps.flatMap((s) => index.pointsByStep.get(s.id) ?? []));
}

function meanOf(points: CurvePoint[]): number | undefined {
  if (points.length === 0) return undefined;
  let sum = 0;
  for (const p of points) sum += p.normalised;
  return sum / points.length;
}

function indexOf(records: { id: string }[]): Map<string, number> {
  return new Map(records.map((r, i) => [r.id, i]));
}
