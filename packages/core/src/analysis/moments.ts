import { pointerTo, stepLocation, type Location } from "./location";
import type { Curve, CurvePoint, MapIndex } from "./map-index";
import type { CurveMoments, FlaggedMoment } from "./map-analysis";

/** Scores closer than this are a tie: normalising adds float noise (e.g. 0.1 + 0.2). */
export const TIE_EPSILON = 1e-9;

/**
 * Moments that matter, per curve: the steps of largest emotional load (farthest from neutral,
 * either way) and of largest fall from the curve's previous scored step. Every step tied for the
 * largest is kept, in column order. A curve that never leaves neutral has no peaks; one that
 * never falls has no drops.
 */
export function findMoments(index: MapIndex): { curves: CurveMoments[]; flagged: FlaggedMoment[] } {
  return { curves: index.curves.map(curveMoments), flagged: flaggedMoments(index) };
}

/**
 * |normalised − 0.5| × 2: 0 at neutral, 1 at either end of the scale.
 *
 * @example
 * emotionalLoad(normalizeScore(-2, EMOTION_SCALES.kaart)) // 1
 */
export function emotionalLoad(normalisedScore: number): number {
  return Math.abs(normalisedScore - 0.5) * 2;
}

function curveMoments(curve: Curve): CurveMoments {
  const peaks = maxima(curve.points, (p) => emotionalLoad(p.normalised)).map(({ item, value }) => ({
    stepId: item.step.id,
    score: item.point.score,
    normalised: item.normalised,
    load: value,
    location: pointLocation(item),
  }));
  const falls = curve.points.slice(1).map((p, i) => ({ p, from: curve.points[i]! }));
  const drops = maxima(falls, ({ p, from }) => from.normalised - p.normalised).map(({ item, value }) => ({
    stepId: item.p.step.id,
    fromStepId: item.from.step.id,
    drop: value,
    location: pointLocation(item.p),
  }));
  return { personaId: curve.personaId, peaks, drops };
}

/** Items whose value is positive and within TIE_EPSILON of the largest, in input order. */
function maxima<T>(items: T[], valueOf: (item: T) => number): { item: T; value: number }[] {
  const valued = items.map((item) => ({ item, value: valueOf(item) }));
  let top = 0;
  for (const v of valued) if (v.value > top) top = v.value;
  if (top <= TIE_EPSILON) return [];
  return valued.filter((v) => v.value >= top - TIE_EPSILON);
}

function pointLocation(cp: CurvePoint): Location {
  const loc: Location = { ...stepLocation(cp.step, pointerTo("emotions", cp.point.id)), emotionId: cp.point.id };
  if (cp.point.personaId) loc.personaId = cp.point.personaId;
  return loc;
}

function flaggedMoments(index: MapIndex): FlaggedMoment[] {
  return index.steps.flatMap((step) =>
    step.momentThatMatters
      ? [{ stepId: step.id, why: step.momentThatMatters.why, location: stepLocation(step, pointerTo("steps", step.id, "momentThatMatters")) }]
      : [],
  );
}
