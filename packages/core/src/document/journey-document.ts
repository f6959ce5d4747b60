import { z } from "zod";
import { journeyMapSchema, type JourneyMap } from "../records/journey-map";
import { CURRENT_SCHEMA_VERSION } from "../records/migration";
import { TABLES, type RecordOf, type TableName } from "./tables";

/** Marker of a Kaart document, so a random JSON file is recognised as "not a journey" at once. */
export const DOCUMENT_FORMAT = "kaart.journey";

function tableSchema<T extends TableName>(name: T) {
  return z.record(z.string(), TABLES[name].schema).default(() => ({}));
}

/**
 * The whole map document: the map record plus one table per record kind, each keyed by id.
 * Records are not nested, so concurrent edits merge record by record (contracts.md).
 */
export const journeyDocumentSchema = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT),
  schemaVersion: z.number().int().min(1),
  map: journeyMapSchema,
  stages: tableSchema("stages"),
  steps: tableSchema("steps"),
  lanes: tableSchema("lanes"),
  cells: tableSchema("cells"),
  cards: tableSchema("cards"),
  emotions: tableSchema("emotions"),
  personas: tableSchema("personas"),
  touchpoints: tableSchema("touchpoints"),
  flows: tableSchema("flows"),
  anchors: tableSchema("anchors"),
  translations: tableSchema("translations"),
});

export type Tables = { [T in TableName]: Record<string, RecordOf<T>> };

/** A journey map document as held in memory (validated, current schema version). */
export interface JourneyDocument extends Tables {
  format: typeof DOCUMENT_FORMAT;
  schemaVersion: number;
  map: JourneyMap;
}

/** A document with no stages, steps or lanes. `now` is injected so tests are deterministic. */
export function emptyDocument(args: {
  mapId: JourneyMap["id"];
  title: string;
  now: string;
  sourceLocale?: string;
  kind?: JourneyMap["kind"];
}): JourneyDocument {
  const locale = args.sourceLocale ?? "en";
  return {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    map: journeyMapSchema.parse({
      id: args.mapId,
      title: args.title,
      kind: args.kind ?? "currentState",
      sourceLocale: locale,
      locales: [locale],
      createdAt: args.now,
      updatedAt: args.now,
    }),
    stages: {},
    steps: {},
    lanes: {},
    cells: {},
    cards: {},
    emotions: {},
    personas: {},
    touchpoints: {},
    flows: {},
    anchors: {},
    translations: {},
  };
}
