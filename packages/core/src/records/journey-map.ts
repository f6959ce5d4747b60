import { z } from "zod";
import { idSchema } from "./ids";
import { kpiSchema } from "./kpi";
import { emotionScaleSchema, EMOTION_SCALES } from "./emotion-scale";
import type { RecordMigration } from "./migration";

/** Kinds of map; they pick defaults and templates, never restrict what a map may hold. */
export const MAP_KINDS = ["currentState", "futureState", "dayInTheLife", "serviceBlueprint", "custom"] as const;

/** BCP 47 language tag, e.g. `en`, `lv`, `fa`, `pt-BR`. */
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: "expected a BCP 47 language tag such as en, lv or pt-BR" });

/**
 * The map record: one per document, holding what the map is about (scope and goals), its
 * languages, its accessibility title and description, and where it came from.
 */
export const journeyMapSchema = z.strictObject({
  id: idSchema("map"),
  title: z.string().max(500),
  description: z.string().max(20_000).optional(),
  kind: z.enum(MAP_KINDS),
  scope: z
    .strictObject({
      /** Personas the map is for; they are also records of the document. */
      targetPersonaIds: z.array(idSchema("persona")).max(100).default(() => []),
      scenario: z.string().max(5_000).optional(),
      desiredOutcome: z.string().max(5_000).optional(),
      kpis: z.array(kpiSchema).max(200).default(() => []),
    })
    .default(() => ({ targetPersonaIds: [], kpis: [] })),
  /** The language the map's text fields are written in; other languages live in translations. */
  sourceLocale: localeSchema,
  /** Languages the map is offered in, the source locale first. */
  locales: z.array(localeSchema).min(1).max(100),
  /** Region the map describes, e.g. `LV` or `IR`, for regional variants of one journey. */
  region: z.string().max(20).optional(),
  tags: z.array(z.string().min(1).max(100)).max(100).default(() => []),
  accessibility: z
    .strictObject({ title: z.string().max(500).optional(), description: z.string().max(5_000).optional() })
    .default(() => ({})),
  emotionScale: emotionScaleSchema.default(() => ({ ...EMOTION_SCALES.kaart })),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  /** The map this one was branched from (a future state from a current state, or a copy). */
  derivedFrom: z
    .strictObject({
      mapId: idSchema("map"),
      relation: z.enum(["futureState", "copy", "regionalVariant", "translation"]),
      versionId: z.string().max(200).optional(),
    })
    .optional(),
  /** Parent and child journeys: a lifecycle map links to the detailed journeys inside it. */
  links: z
    .array(z.strictObject({ mapId: idSchema("map"), relation: z.enum(["parent", "child", "related"]), label: z.string().max(200).optional() }))
    .max(200)
    .default(() => []),
});
export type JourneyMap = z.infer<typeof journeyMapSchema>;
export type MapKind = JourneyMap["kind"];
export const journeyMapMigrations: RecordMigration[] = [];
