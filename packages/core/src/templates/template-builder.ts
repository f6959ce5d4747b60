import { newId, type Id, type IdPrefix, type MapId, type RandomSource, type StageId, type StepId } from "../records/ids";
import { EMOTION_SCALES } from "../records/emotion-scale";
import { CURRENT_SCHEMA_VERSION } from "../records/migration";
import type { Kpi } from "../records/kpi";
import type { Evidence } from "../records/evidence";
import { DOCUMENT_FORMAT, type JourneyDocument } from "../document/journey-document";
import type { Template, TemplateEvidence, TemplateKpi, TemplateLanguage } from "./template-schema";
import { localizedWriter, type LocalizedWriter } from "./localized-writer";

export interface BuildContext {
  lang: TemplateLanguage;
  now: string;
  random: RandomSource;
  mapId?: MapId;
}

/**
 * What every part of instantiation shares: the document being filled, the text writer, and the
 * table from template keys to record ids. Ids are drawn from `random` the first time a key is
 * seen, so the template's own order decides them and one seed always gives the same document.
 */
export interface TemplateBuilder {
  doc: JourneyDocument;
  w: LocalizedWriter;
  random: RandomSource;
  idOf<P extends IdPrefix>(prefix: P, key: string): Id<P>;
  /** The record id of a step key, or of a stage key for things spanning a whole stage. */
  place(key: string): StepId | StageId;
  kpis(list: TemplateKpi[]): Kpi[];
  evidence(list: TemplateEvidence[] | undefined): Evidence[] | undefined;
}

export function templateBuilder(t: Template, ctx: BuildContext): TemplateBuilder {
  const w = localizedWriter(ctx.lang);
  const ids = new Map<string, string>();
  const stageKeys = new Set(t.stages.map((s) => s.key));
  const idOf = <P extends IdPrefix>(prefix: P, key: string): Id<P> => {
    const id = ids.get(key) ?? newId(prefix, ctx.random);
    ids.set(key, id);
    return id as Id<P>;
  };
  return {
    doc: emptyTables(ctx.mapId ?? newId("map", ctx.random)),
    w,
    random: ctx.random,
    idOf,
    place: (key) => (stageKeys.has(key) ? idOf("stage", key) : idOf("step", key)),
    kpis: (list) => list.map((k) => ({ ...k, name: w.pick(k.name) })),
    evidence: (list) => list?.map((e) => ({ kind: e.kind, text: w.pick(e.text), ...(e.source && { source: w.pick(e.source) }) })),
  };
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
