import { generateNKeysBetween } from "fractional-indexing";
import { newId, type Id, type IdPrefix, type MapId, type RandomSource, type StageId, type StepId } from "../records/ids";
import { cellIdFor } from "../records/cell";
import { emotionIdFor } from "../records/emotion-point";
import { OFFLINE_CHANNELS } from "../records/channel";
import { EMOTION_SCALES } from "../records/emotion-scale";
import type { Kpi } from "../records/kpi";
import type { Evidence } from "../records/evidence";
import type { CardKind } from "../records/card";
import { DOCUMENT_FORMAT, type JourneyDocument } from "../document/journey-document";
import { CURRENT_SCHEMA_VERSION } from "../records/migration";
import { TEMPLATE_LANGUAGES, type Template, type TemplateEvidence, type TemplateKpi, type TemplateLane, type TemplateLanguage } from "./template-schema";
import { localizedWriter, type LocalizedWriter } from "./localized-writer";

export interface BuildContext {
  lang: TemplateLanguage;
  now: string;
  random: RandomSource;
  mapId?: MapId;
}

const DEFAULT_CARD_KIND: Record<string, CardKind> = { painPoints: "painPoint", opportunities: "opportunity", ideas: "idea" };

/**
 * Turns a validated template into a document. Ids are drawn from `random` in the template's own
 * order (personas, touchpoints, stages and steps, lanes, cards, flows), so one seed always gives
 * the same document; cell and emotion ids are derived, as everywhere else.
 */
export function buildTemplateDocument(t: Template, ctx: BuildContext): JourneyDocument {
  const w = localizedWriter(ctx.lang);
  const ids = new Map<string, string>();
  const idOf = <P extends IdPrefix>(prefix: P, key: string): Id<P> => {
    const id = ids.get(key) ?? newId(prefix, ctx.random);
    ids.set(key, id);
    return id as Id<P>;
  };
  const doc = emptyTables(ctx.mapId ?? newId("map", ctx.random));
  const kpis = (list: TemplateKpi[]): Kpi[] => list.map((k) => ({ ...k, name: w.pick(k.name) }));
  const evidence = (list: TemplateEvidence[] | undefined): Evidence[] | undefined =>
    list?.map((e) => ({ kind: e.kind, text: w.pick(e.text), ...(e.source && { source: w.pick(e.source) }) }));

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
  const stageKeys = orderKeys(t.stages.length);
  t.stages.forEach((s, i) => {
    const stageId = idOf("stage", s.key);
    doc.stages[stageId] = {
      id: stageId,
      name: w.text(stageId, "name", s.name),
      order: stageKeys[i]!,
      kpis: kpis(s.kpis),
      customerGoal: w.optional(stageId, "customerGoal", s.customerGoal),
    };
    const stepKeys = orderKeys(s.steps.length);
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
  const place = (key: string): StepId | StageId => idOf(t.stages.some((s) => s.key === key) ? "stage" : "step", key);
  const laneKeys = orderKeys(t.lanes.length);
  t.lanes.forEach((lane, i) => writeLane(doc, w, lane, laneKeys[i]!, { idOf, place, kpis, evidence }));

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
  for (const f of t.flows) {
    const id = newId("flow", ctx.random);
    doc.flows[id] = { id, from: idOf("step", f.from), to: idOf("step", f.to), kind: f.kind, label: w.text(id, "label", f.label), share: f.share };
  }
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
  doc.translations = w.translations;
  return withoutUndefined(doc);
}

interface LaneTools {
  idOf: <P extends IdPrefix>(prefix: P, key: string) => Id<P>;
  place: (key: string) => StepId | StageId;
  kpis: (list: TemplateKpi[]) => Kpi[];
  evidence: (list: TemplateEvidence[] | undefined) => Evidence[] | undefined;
}

/** One lane and what its cells hold: text, touchpoint references, metrics or cards. */
function writeLane(doc: JourneyDocument, w: LocalizedWriter, lane: TemplateLane, order: string, x: LaneTools): void {
  const laneId = x.idOf("lane", lane.key);
  doc.lanes[laneId] = {
    id: laneId,
    type: lane.type,
    name: w.text(laneId, "name", lane.name),
    order,
    personaId: lane.persona === undefined ? undefined : x.idOf("persona", lane.persona),
    description: w.optional(laneId, "description", lane.description),
  };
  const cell = (key: string) => {
    const at = x.place(key);
    const id = cellIdFor(laneId, at);
    return { id, laneId, ...(at.startsWith("stage:") ? { stageId: at as StageId } : { stepId: at as StepId }) };
  };
  if ("text" in lane) {
    for (const [key, value] of Object.entries(lane.text)) {
      const c = cell(key);
      doc.cells[c.id] = { ...c, content: { kind: "text", text: w.rich(c.id, "content.text", value) } };
    }
  } else if ("touchpoints" in lane) {
    for (const [key, tps] of Object.entries(lane.touchpoints)) {
      const c = cell(key);
      doc.cells[c.id] = { ...c, content: { kind: "touchpoints", touchpointIds: tps.map((tp) => x.idOf("touchpoint", tp)) } };
    }
  } else if ("metrics" in lane) {
    for (const [key, list] of Object.entries(lane.metrics)) {
      const c = cell(key);
      doc.cells[c.id] = { ...c, content: { kind: "metrics", metrics: x.kpis(list) } };
    }
  } else if ("cards" in lane) {
    const keys = orderKeys(lane.cards.length);
    lane.cards.forEach((card, i) => {
      // "#" cannot occur in a template key, so card keys never collide with other keys.
      const id = x.idOf("card", `${lane.key}#${i}`);
      const { id: _cell, ...at } = cell(card.at);
      doc.cards[id] = {
        id,
        ...at,
        order: keys[i]!,
        kind: card.kind ?? DEFAULT_CARD_KIND[lane.type] ?? "note",
        title: w.text(id, "title", card.title),
        severity: card.severity,
        impact: card.impact,
        effort: card.effort,
        owner: w.optional(id, "owner", card.owner),
        status: card.status,
        evidence: x.evidence(card.evidence),
      };
    });
  }
}

function orderKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}

function emptyTables(mapId: MapId): JourneyDocument {
  return {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    map: {
      id: mapId,
      title: "",
      kind: "custom",
      scope: { targetPersonaIds: [], kpis: [] },
      sourceLocale: "en",
      locales: ["en"],
      tags: [],
      accessibility: {},
      emotionScale: { ...EMOTION_SCALES.kaart },
      createdAt: "",
      updatedAt: "",
      links: [],
    },
    stages: {}, steps: {}, lanes: {}, cells: {}, cards: {}, emotions: {}, personas: {}, touchpoints: {}, flows: {}, anchors: {}, translations: {},
  };
}

/**
 * Optional fields left undefined are dropped, so the document is the same before and after a
 * JSON round trip (and a deep comparison with a re-read file holds).
 */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
