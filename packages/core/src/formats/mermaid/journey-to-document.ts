import { generateNKeysBetween } from "fractional-indexing";
import { emptyDocument, type JourneyDocument } from "../../document/journey-document";
import { EMOTION_SCALES } from "../../records/emotion-scale";
import { emotionIdFor } from "../../records/emotion-point";
import type { PersonaId, StageId, StepId } from "../../records/ids";
import { IMPORT_EPOCH, type FormatWarning, type ImportOptions } from "../format-result";
import { actorOrder } from "./actor-order";
import { guessLocale } from "../guess-locale";
import type { MermaidJourney } from "./mermaid-journey";

/**
 * A Kaart document from a Mermaid journey: sections → stages, tasks → steps, actors → personas,
 * each task's score → one emotion point per actor (or one persona-less point), on the Mermaid
 * 1–5 scale. The persona order (`map.scope.targetPersonaIds`) is chosen so that every task's
 * actors come back in the order written. Ids are derived from positions, so importing the same
 * text twice gives the same document. Without `options.locale` the locale is guessed from the
 * script (`guessLocale`), so a Persian diagram is laid out right to left.
 */
export function journeyToDocument(journey: MermaidJourney, options: ImportOptions = {}): { document: JourneyDocument; warnings: FormatWarning[] } {
  const warnings: FormatWarning[] = [];
  const doc = emptyDocument({
    mapId: options.mapId ?? "map:mermaid",
    title: fit(journey.title ?? "", 500, "/map/title", warnings),
    now: options.now ?? IMPORT_EPOCH,
    sourceLocale: options.locale ?? guessLocale(journeyText(journey)),
  });
  doc.map.emotionScale = { ...EMOTION_SCALES.mermaid };
  doc.map.accessibility = {
    ...(journey.accTitle ? { title: fit(journey.accTitle, 500, "/map/accessibility/title", warnings) } : {}),
    ...(journey.accDescr ? { description: fit(journey.accDescr, 5_000, "/map/accessibility/description", warnings) } : {}),
  };
  const language = doc.map.sourceLocale.split("-")[0]!;
  doc.lanes["lane:emotions"] = { id: "lane:emotions", type: "emotions", name: EMOTIONS_LANE_NAME[language] ?? "Emotions", order: "a0" };
  const personaIds = addPersonas(doc, journey, warnings);
  const stageKeys = generateNKeysBetween(null, null, journey.sections.length);
  journey.sections.forEach((section, s) => {
    const stageId: StageId = `stage:s${s + 1}`;
    doc.stages[stageId] = { id: stageId, name: fit(section.name, 500, `/stages/${stageId}/name`, warnings), order: stageKeys[s]!, kpis: [] };
    const stepKeys = generateNKeysBetween(null, null, section.tasks.length);
    section.tasks.forEach((task, t) => {
      const stepId: StepId = `step:s${s + 1}.t${t + 1}`;
      doc.steps[stepId] = { id: stepId, stageId, name: fit(task.name, 500, `/steps/${stepId}/name`, warnings), order: stepKeys[t]! };
      const who: (PersonaId | undefined)[] = task.actors.length ? task.actors.map((a) => personaIds.get(a)!) : [undefined];
      for (const personaId of who) {
        const id = emotionIdFor(stepId, personaId, "asIs");
        doc.emotions[id] = { id, stepId, ...(personaId ? { personaId } : {}), variant: "asIs", score: task.score };
      }
    });
  });
  return { document: doc, warnings };
}

function addPersonas(doc: JourneyDocument, journey: MermaidJourney, warnings: FormatWarning[]): Map<string, PersonaId> {
  const tasks = journey.sections.flatMap((s) => s.tasks.map((t) => t.actors));
  const { order, consistent } = actorOrder(tasks);
  if (!consistent) {
    warnings.push({ code: "mermaid_actor_order_lost", message: "tasks list the same actors in different orders; one order is kept for all" });
  }
  const ids = new Map<string, PersonaId>();
  order.forEach((name, i) => {
    const id: PersonaId = `persona:p${i + 1}`;
    ids.set(name, id);
    doc.personas[id] = {
      id, name: fit(name, 200, `/personas/${id}/name`, warnings),
      professionalGoals: [], personalGoals: [], needs: [], frustrations: [], motivations: [], behaviours: [], preferredChannels: [], attributes: [],
    };
  });
  doc.map.scope.targetPersonaIds = [...ids.values()];
  return ids;
}

/** The name of the emotions lane an import creates, in the languages Kaart ships templates in. */
const EMOTIONS_LANE_NAME: Record<string, string> = { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات", ar: "المشاعر", he: "רגשות" };

/** Text cut to the schema's limit, with a warning when it had to be cut. */
function fit(text: string, max: number, pointer: string, warnings: FormatWarning[]): string {
  if (text.length <= max) return text;
  warnings.push({ code: "text_truncated", message: `text longer than ${max} characters was cut`, pointer });
  return text.slice(0, max);
}

/** The names of a journey, for guessing its language (a sample is enough). */
function journeyText(journey: MermaidJourney): string {
  const parts = [journey.title ?? "", ...journey.sections.flatMap((s) => [s.name, ...s.tasks.map((t) => t.name)])];
  return parts.join(" ").slice(0, 10_000);
}
