import { emotionIdFor, type JourneyDocument, type PersonaId, type Step } from "@kaart/core";

/** The as-is score of each step for a persona (undefined where none was given), in column order. */
export function emotionScores(doc: Pick<JourneyDocument, "emotions">, steps: Step[], personaId: PersonaId | undefined): (number | undefined)[] {
  return steps.map((s) => doc.emotions[emotionIdFor(s.id, personaId, "asIs")]?.score);
}

/** A score clamped to the map's scale and rounded to the scale's step of 0.5. */
export function snapScore(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(value * 2) / 2));
}
