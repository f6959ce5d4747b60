import { generateNKeysBetween } from "fractional-indexing";
import { newId } from "../records/ids";
import { emotionIdFor } from "../records/emotion-point";
import { OFFLINE_CHANNELS } from "../records/channel";
import type { JourneyDocument } from "../document/journey-document";
import { TEMPLATE_LANGUAGES, type Template } from "./template-schema";
import { templateBuilder, type BuildContext, type TemplateBuilder } from "./template-builder";
import { writeTemplateLane } from "./write-template-lane";

export type { BuildContext } from "./template-builder";

/**
 * Turns a validated template into a document. Ids are drawn in the template's own order
 * (map, personas, touchpoints, stages and steps, lanes and cards, flows); cell, emotion and
 * translation ids are derived, as everywhere else.
 */
export function buildTemplateDocument(t: Template, ctx: BuildContext): JourneyDocument {
  const b = templateBuilder(t, ctx);
  writePersonas(b, t);
  writeTouchpoints(b, t);
  writeStages(b, t);
  const laneKeys = generateNKeysBetween(null, null, t.lanes.length);
  t.lanes.forEach((lane, i) => writeTemplateLane(b, lane, laneKeys[i]!));
  writeEmotions(b, t);
  writeFlows(b, t);
  writeMap(b, t, ctx);
  b.doc.translations = b.w.translations;
  return withoutUndefined(b.doc);
}

function writePersonas({ doc, w, idOf }: TemplateBuilder, t: Template): void {
  for (const p of t.personas) {
    const id = idOf("persona", p.key);
    doc.personas[id] = {
      id,
      name: w.text(id, "name", p.name),
      avatar: { initials: p.initials, alt: w.text(id, "avatar.alt", p.name) },
      quote: w.text(id, "quote", p.quote),
      ...(p.age !== undefined && { age: p.age }),
      occupation: w.text(id, "occupation", p.occupation),
      familyStatus: w.optional(id, "familyStatus", p.familyStatus),
      location: w.optional(id, "location", p.location),
      // A translation field is letters only (records/translation.ts), so `b2bRole` cannot be named.
      b2bRole: p.b2bRole && w.pick(p.b2bRole),
      professionalGoals: p.professionalGoals.map(w.pick),
      personalGoals: p.personalGoals.map(w.pick),
      needs: p.needs.map(w.pick),
      frustrations: p.frustrations.map(w.pick),
      motivations: p.motivations.map(w.pick),
      behaviours: p.behaviours.map(w.pick),
      preferredChannels: p.preferredChannels,
      ...(p.techProficiency && { techProficiency: p.techProficiency }),
      attributes: [],
    };
  }
}

function writeTouchpoints({ doc, w, idOf }: TemplateBuilder, t: Template): void {
  for (const tp of t.touchpoints) {
    const id = idOf("touchpoint", tp.key);
    doc.touchpoints[id] = {
      id,
      name: w.text(id, "name", tp.name),
      channel: tp.channel,
      online: !OFFLINE_CHANNELS.has(tp.channel),
      ownerTeam: w.optional(id, "ownerTeam", tp.ownerTeam),
      description: w.optional(id, "description", tp.description),
    };
  }
}

function writeStages({ doc, w, idOf, kpis }: TemplateBuilder, t: Template): void {
  const stageKeys = generateNKeysBetween(null, null, t.stages.length);
  t.stages.forEach((s, i) => {
    const stageId = idOf("stage", s.key);
    doc.stages[stageId] = {
      id: stageId,
      name: w.text(stageId, "name", s.name),
      order: stageKeys[i]!,
      kpis: kpis(s.kpis),
      customerGoal: w.optional(stageId, "customerGoal", s.customerGoal),
    };
    const stepKeys = generateNKeysBetween(null, null, s.steps.length);
    s.steps.forEach((step, j) => {
      const id = idOf("step", step.key);
      doc.steps[id] = {
        id,
        stageId,
        name: w.text(id, "name", step.name),
        description: w.optional(id, "description", step.description),
        order: stepKeys[j]!,
        ...(step.moment && { momentThatMatters: { why: w.text(id, "momentThatMatters.why", step.moment) } }),
      };
    });
  });
}

function writeEmotions({ doc, w, idOf, evidence }: TemplateBuilder, t: Template): void {
  for (const p of t.personas) {
    const personaId = idOf("persona", p.key);
    for (const [variant, curve] of [["asIs", p.asIs], ["toBe", p.toBe]] as const) {
      for (const [stepKey, point] of Object.entries(curve ?? {})) {
        const stepId = idOf("step", stepKey);
        const id = emotionIdFor(stepId, personaId, variant);
        const detail = typeof point === "number" ? { score: point } : point;
        doc.emotions[id] = {
          id,
          stepId,
          personaId,
          variant,
          score: detail.score,
          note: w.optional(id, "note", detail.note),
          evidence: evidence(detail.evidence),
        };
      }
    }
  }
}

function writeFlows({ doc, w, idOf, random }: TemplateBuilder, t: Template): void {
  for (const f of t.flows) {
    const id = newId("flow", random);
    doc.flows[id] = { id, from: idOf("step", f.from), to: idOf("step", f.to), kind: f.kind, label: w.text(id, "label", f.label), share: f.share };
  }
}

function writeMap({ doc, w, idOf, kpis }: TemplateBuilder, t: Template, ctx: BuildContext): void {
  const mapId = doc.map.id;
  doc.map = {
    ...doc.map,
    title: w.text(mapId, "title", t.name),
    description: w.text(mapId, "description", t.description),
    kind: t.kind,
    scope: {
      targetPersonaIds: t.personas.map((p) => idOf("persona", p.key)),
      scenario: w.text(mapId, "scope.scenario", t.scope.scenario),
      desiredOutcome: w.text(mapId, "scope.desiredOutcome", t.scope.desiredOutcome),
      kpis: kpis(t.scope.kpis),
    },
    sourceLocale: ctx.lang,
    locales: [ctx.lang, ...TEMPLATE_LANGUAGES.filter((l) => l !== ctx.lang)],
    tags: [...t.tags],
    accessibility: {
      title: w.text(mapId, "accessibility.title", t.accessibility.title),
      description: w.text(mapId, "accessibility.description", t.accessibility.description),
    },
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/**
 * Optional fields left undefined are dropped, so the document is the same before and after a
 * JSON round trip (and a deep comparison with a re-read file holds).
 */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
