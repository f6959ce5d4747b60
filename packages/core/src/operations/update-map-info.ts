import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { journeyMapSchema, type JourneyMap } from "../records/journey-map";
import { kpiSchema } from "../records/kpi";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { PatchOp } from "../patch/patch";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { textSpliceOps } from "./text-splice";

const m = journeyMapSchema.shape;
export const updateMapInfoArgsSchema = z.strictObject({
  title: m.title.optional(),
  description: z.string().max(20_000).optional(),
  kind: m.kind.optional(),
  scope: z
    .strictObject({ scenario: z.string().max(5_000).optional(), desiredOutcome: z.string().max(5_000).optional(), kpis: z.array(kpiSchema).max(200).optional() })
    .optional(),
  tags: z.array(z.string().min(1).max(100)).max(100).optional(),
  accessibility: z.strictObject({ title: z.string().max(500).optional(), description: z.string().max(5_000).optional() }).optional(),
  /** The map's languages, the source language first. Translations into dropped languages go. */
  locales: m.locales.optional(),
  /** The scale emotion scores are read on; scores are not converted (see `convertScore`). */
  emotionScale: m.emotionScale.unwrap().optional(),
  region: m.region.unwrap().nullable().optional(),
});
export type UpdateMapInfoArgs = z.input<typeof updateMapInfoArgsSchema>;

type MapTextPath = "title" | "description" | "scope.scenario" | "scope.desiredOutcome" | "accessibility.title" | "accessibility.description";

/**
 * Changes what the map is about: title, description, kind, scope (scenario, desired outcome,
 * KPIs), tags, accessibility text, languages, emotion scale and region. Typed text changes by
 * splice; the rest by putting the map record. Personas are targeted with `attachPersona`.
 *
 * @example
 * updateMapInfo(doc, { title: "Buying a car", locales: ["en", "lv", "et"], scope: { scenario: "First car" } }, { now })
 */
export function updateMapInfo(doc: JourneyDocument, args: UpdateMapInfoArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(updateMapInfoArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const a = parsed.value;
  const old = doc.map;
  if (a.locales && a.locales[0] !== old.sourceLocale) return fail("invalid_argument", `the source language ${old.sourceLocale} must come first in locales`);
  if (a.locales && new Set(a.locales).size !== a.locales.length) return fail("duplicate", "a language is listed twice in locales");
  const texts: [MapTextPath, string | undefined, string | undefined][] = [
    ["title", old.title, a.title],
    ["description", old.description, a.description],
    ["scope.scenario", old.scope.scenario, a.scope?.scenario],
    ["scope.desiredOutcome", old.scope.desiredOutcome, a.scope?.desiredOutcome],
    ["accessibility.title", old.accessibility.title, a.accessibility?.title],
    ["accessibility.description", old.accessibility.description, a.accessibility?.description],
  ];
  const ops: PatchOp[] = texts.flatMap(([path, before, after]) => (after === undefined ? [] : textSpliceOps("map", old.id, path, before, after)));
  const next: JourneyMap = { ...old, scope: { ...old.scope } };
  if (a.kind) next.kind = a.kind;
  if (a.scope?.kpis) next.scope.kpis = a.scope.kpis;
  if (a.tags) next.tags = a.tags;
  if (a.locales) next.locales = a.locales;
  if (a.emotionScale) next.emotionScale = a.emotionScale;
  if (a.region === null) delete next.region;
  else if (a.region !== undefined) next.region = a.region;
  if (a.locales) {
    for (const t of Object.values(doc.translations)) if (!a.locales.includes(t.locale)) ops.push({ op: "remove", table: "translations", id: t.id });
  }
  const mapChanged = JSON.stringify(next) !== JSON.stringify(old);
  return succeed(stampedPatch(doc, ctx, ops, mapChanged ? next : undefined), undefined);
}
