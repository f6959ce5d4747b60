import { toPointer } from "../document/document-issue";
import type { LintRule } from "./lint-warning";

/** Scores on the declared scale, grounded in evidence, and a curve for every persona of the map. */
export const emotionRules: LintRule = (doc, report) => {
  const { min, max } = doc.map.emotionScale;
  const scored = new Set<string>();
  for (const [id, point] of Object.entries(doc.emotions)) {
    if (point.personaId) scored.add(point.personaId);
    if (point.score < min || point.score > max) {
      report("emotion_off_scale", toPointer(["emotions", id, "score"]), `score ${point.score} is outside the map's scale ${min}…${max}`);
    }
    if (!point.evidence?.length) report("emotion_without_evidence", toPointer(["emotions", id]), "no research backs this score yet");
  }
  const personas = new Set<string>([...doc.map.scope.targetPersonaIds, ...Object.keys(doc.personas)]);
  for (const id of personas) {
    const persona = doc.personas[id];
    if (persona && !scored.has(id)) report("persona_without_curve", toPointer(["personas", id]), `${persona.name} has no emotion scores`);
  }
};
