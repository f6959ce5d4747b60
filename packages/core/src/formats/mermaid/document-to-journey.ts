import type { JourneyDocument } from "../../document/journey-document";
import { orderedStages, stepsOfStage } from "../../document/ordered-records";
import { convertScore, EMOTION_SCALES } from "../../records/emotion-scale";
import type { EmotionPoint, EmotionVariant } from "../../records/emotion-point";
import type { Step } from "../../records/step";
import type { FormatWarning } from "../format-result";
import type { MermaidJourney, MermaidTask } from "./mermaid-journey";

/**
 * The Mermaid journey of a document: stages → sections, each step → one task per distinct score
 * of its points of one variant (as-is unless asked for the to-be curve) (personas sharing a score become one task with several actors, in the
 * map's persona order; a persona-less point becomes a task without actors). Scores on another
 * scale are converted linearly to Mermaid's 1–5. Steps without a score cannot be written as
 * tasks (Mermaid requires one) and are left out with a warning.
 */
export function documentToJourney(
  doc: JourneyDocument,
  options: { variant?: EmotionVariant } = {},
): { journey: MermaidJourney; warnings: FormatWarning[] } {
  const variant = options.variant ?? "asIs";
  const warnings: FormatWarning[] = [];
  const scale = doc.map.emotionScale;
  const target = EMOTION_SCALES.mermaid;
  const convert = scale.min !== target.min || scale.max !== target.max;
  if (convert) {
    warnings.push({ code: "mermaid_scale_converted", message: `scores were converted from ${scale.min}…${scale.max} to Mermaid's 1…5`, pointer: "/map/emotionScale" });
  }
  if (Object.values(doc.emotions).some((p) => p.variant !== variant)) {
    const [written, left] = variant === "asIs" ? ["as-is", "to-be"] : ["to-be", "as-is"];
    warnings.push({ code: variant === "asIs" ? "mermaid_to_be_omitted" : "mermaid_as_is_omitted", message: `Mermaid has one curve: only ${written} scores were written, ${left} scores left out` });
  }
  const rank = personaRank(doc);
  const pointsByStep = new Map<string, EmotionPoint[]>();
  for (const p of Object.values(doc.emotions)) {
    if (p.variant !== variant) continue;
    const list = pointsByStep.get(p.stepId);
    if (list) list.push(p);
    else pointsByStep.set(p.stepId, [p]);
  }
  const sections = orderedStages(doc).map((stage) => ({
    name: stage.name,
    tasks: stepsOfStage(doc, stage.id).flatMap((step) => {
      const tasks = tasksOf(step, pointsByStep.get(step.id) ?? [], doc, rank);
      if (!tasks.length) warnings.push({ code: "mermaid_step_without_score", message: `step ${JSON.stringify(step.name)} has no score and was left out`, pointer: `/steps/${step.id}` });
      return tasks.map((t) => (convert ? { ...t, score: round(convertScore(t.score, scale, target)) } : t));
    }),
  }));
  const a = doc.map.accessibility;
  return {
    journey: { title: doc.map.title === "" ? null : doc.map.title, accTitle: a.title || null, accDescr: a.description || null, sections },
    warnings,
  };
}

/** Position of each persona: the map's persona order first, then the others by name. */
function personaRank(doc: JourneyDocument): Map<string, number> {
  const rank = new Map<string, number>();
  for (const id of doc.map.scope.targetPersonaIds) if (!rank.has(id)) rank.set(id, rank.size);
  const rest = Object.values(doc.personas).filter((p) => !rank.has(p.id)).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : 1));
  for (const p of rest) rank.set(p.id, rank.size);
  return rank;
}

function tasksOf(step: Step, points: EmotionPoint[], doc: JourneyDocument, rank: Map<string, number>): MermaidTask[] {
  const anonymous = points.filter((p) => !p.personaId || !doc.personas[p.personaId]);
  const withPersona = points
    .filter((p) => p.personaId && doc.personas[p.personaId])
    .sort((x, y) => rank.get(x.personaId!)! - rank.get(y.personaId!)!);
  const tasks: MermaidTask[] = anonymous.map((p) => ({ name: step.name, score: p.score, actors: [] }));
  const byScore = new Map<number, MermaidTask>();
  for (const p of withPersona) {
    const name = doc.personas[p.personaId!]!.name;
    const task = byScore.get(p.score);
    if (task) task.actors.push(name);
    else {
      const created = { name: step.name, score: p.score, actors: [name] };
      byScore.set(p.score, created);
      tasks.push(created);
    }
  }
  return tasks;
}

/** Conversion results without floating-point noise (2.0000000004 → 2). */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
