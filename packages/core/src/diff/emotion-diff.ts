import { toPointer } from "../document/document-issue";
import type { JourneyDocument } from "../document/journey-document";
import { orderedSteps } from "../document/ordered-records";
import { normalizeScore } from "../records/emotion-scale";
import type { EmotionPoint } from "../records/emotion-point";
import type { EmotionDelta } from "./map-diff";
import { changedFields } from "./same-value";

const REPORTED_ELSEWHERE = new Set(["id", "stepId", "personaId", "variant", "score"]);

/**
 * One entry per (step, persona, variant) whose point was added, removed, rescored or edited.
 * Point ids are derived from those three, so matching by id is matching by meaning. Listed in
 * column order of `b` (then `a` for steps only in `a`), then persona id (persona-less first), asIs
 * before toBe.
 */
export function diffEmotions(a: JourneyDocument, b: JourneyDocument): EmotionDelta[] {
  const ids = new Set([...Object.keys(a.emotions), ...Object.keys(b.emotions)]);
  const column = columnRanks(a, b);
  const out: EmotionDelta[] = [];
  for (const id of ids) {
    const before = a.emotions[id];
    const after = b.emotions[id];
    const point = after ?? before!;
    const fields = before && after ? changedFields(before, after, REPORTED_ELSEWHERE) : [];
    if (before && after && before.score === after.score && fields.length === 0) continue;
    out.push(delta(a, b, id, point, before, after, fields));
  }
  return out.sort(
    (x, y) =>
      (column.get(x.stepId) ?? Infinity) - (column.get(y.stepId) ?? Infinity) ||
      compare(x.stepId, y.stepId) ||
      compare(x.personaId ?? "", y.personaId ?? "") ||
      compare(x.variant, y.variant),
  );
}

function delta(a: JourneyDocument, b: JourneyDocument, id: string, point: EmotionPoint, before?: EmotionPoint, after?: EmotionPoint, fields: string[] = []): EmotionDelta {
  const both = before && after;
  const personaId = point.personaId ?? null;
  return {
    id,
    pointer: toPointer(["emotions", id]),
    stepId: point.stepId,
    stepName: (b.steps[point.stepId] ?? a.steps[point.stepId])?.name ?? point.stepId,
    personaId,
    personaName: personaId ? ((b.personas[personaId] ?? a.personas[personaId])?.name ?? personaId) : null,
    variant: point.variant,
    before: before?.score ?? null,
    after: after?.score ?? null,
    delta: both ? after.score - before.score : null,
    normalisedDelta: both ? normalizeScore(after.score, b.map.emotionScale) - normalizeScore(before.score, a.map.emotionScale) : null,
    fields,
  };
}

/** Column of every step: `b`'s order, then steps only in `a` in `a`'s order after them. */
function columnRanks(a: JourneyDocument, b: JourneyDocument): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of [...orderedSteps(b), ...orderedSteps(a)]) if (!out.has(s.id)) out.set(s.id, out.size);
  return out;
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
