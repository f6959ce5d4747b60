import type { z } from "zod";
import { stageSchema, stageMigrations } from "../records/stage";
import { stepSchema, stepMigrations } from "../records/step";
import { laneSchema, laneMigrations } from "../records/lane";
import { cellSchema, cellMigrations } from "../records/cell";
import { cardSchema, cardMigrations } from "../records/card";
import { emotionPointSchema, emotionPointMigrations } from "../records/emotion-point";
import { personaSchema, personaMigrations } from "../records/persona";
import { touchpointSchema, touchpointMigrations } from "../records/touchpoint";
import { flowEdgeSchema, flowEdgeMigrations } from "../records/flow-edge";
import { commentAnchorSchema, commentAnchorMigrations } from "../records/comment-anchor";
import { translationSchema, translationMigrations } from "../records/translation";
import type { RecordMigration } from "../records/migration";

/**
 * Every table of the document: its record schema and migrations. The document, patches, the
 * Yjs binding and the JSON Schema are all derived from this one list.
 */
export const TABLES = {
  stages: { schema: stageSchema, migrations: stageMigrations },
  steps: { schema: stepSchema, migrations: stepMigrations },
  lanes: { schema: laneSchema, migrations: laneMigrations },
  cells: { schema: cellSchema, migrations: cellMigrations },
  cards: { schema: cardSchema, migrations: cardMigrations },
  emotions: { schema: emotionPointSchema, migrations: emotionPointMigrations },
  personas: { schema: personaSchema, migrations: personaMigrations },
  touchpoints: { schema: touchpointSchema, migrations: touchpointMigrations },
  flows: { schema: flowEdgeSchema, migrations: flowEdgeMigrations },
  anchors: { schema: commentAnchorSchema, migrations: commentAnchorMigrations },
  translations: { schema: translationSchema, migrations: translationMigrations },
} as const satisfies Record<string, { schema: z.ZodType; migrations: RecordMigration[] }>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The record type stored in a table. */
export type RecordOf<T extends TableName> = z.infer<(typeof TABLES)[T]["schema"]>;
