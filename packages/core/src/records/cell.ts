import { z } from "zod";
import { idSchema, idSuffix, type CellId, type LaneId, type StageId, type StepId } from "./ids";
import { richTextSchema, safeHrefSchema } from "./rich-text";
import { evidenceSchema } from "./evidence";
import { kpiSchema } from "./kpi";
import type { RecordMigration } from "./migration";

/**
 * What a cell holds. The lane's type suggests a kind, but any kind is valid in any lane so an
 * imported spreadsheet never loses content. Cards (pain points, opportunities) are records of
 * their own (see card.ts) so two people can edit two cards of one cell without conflict.
 */
export const cellContentSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("text"), text: richTextSchema }),
  z.strictObject({ kind: z.literal("touchpoints"), touchpointIds: z.array(idSchema("touchpoint")).max(200) }),
  z.strictObject({ kind: z.literal("metrics"), metrics: z.array(kpiSchema).max(100) }),
  z.strictObject({
    kind: z.literal("image"),
    /** The bytes live outside the document (server asset store); the document holds the id. */
    assetId: z.string().min(1).max(200),
    /** Required: a map is read by screen readers too. Empty alt text is a lint error. */
    alt: z.string().max(2_000),
    caption: z.string().max(2_000).optional(),
  }),
  z.strictObject({
    kind: z.literal("links"),
    links: z
      .array(
        z.strictObject({
          label: z.string().max(500),
          href: safeHrefSchema.optional(),
          mapId: idSchema("map").optional(),
        }),
      )
      .max(100),
  }),
  z.strictObject({ kind: z.literal("evidence"), items: z.array(evidenceSchema).max(200) }),
]);
export type CellContent = z.infer<typeof cellContentSchema>;
export type CellContentKind = CellContent["kind"];

/**
 * A cell at (lane, step), or spanning a whole stage at (lane, stage). Its id is derived from the
 * two so that two clients filling the same empty cell at once write the same record.
 */
export const cellSchema = z
  .strictObject({
    id: idSchema("cell"),
    laneId: idSchema("lane"),
    stepId: idSchema("step").optional(),
    stageId: idSchema("stage").optional(),
    content: cellContentSchema,
  })
  .refine((c) => (c.stepId === undefined) !== (c.stageId === undefined), {
    message: "a cell is at exactly one of a step or a stage",
  });
export type Cell = z.infer<typeof cellSchema>;
export const cellMigrations: RecordMigration[] = [];

/** The id of the cell at (lane, step or stage): deterministic, so concurrent creation converges. */
export function cellIdFor(laneId: LaneId, at: StepId | StageId): CellId {
  return `cell:${idSuffix(laneId)}~${idSuffix(at)}`;
}
