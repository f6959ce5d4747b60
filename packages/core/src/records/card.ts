import { z } from "zod";
import { idSchema } from "./ids";
import { orderKeySchema } from "./order-key";
import { richTextSchema } from "./rich-text";
import { evidenceSchema } from "./evidence";
import type { RecordMigration } from "./migration";

export const CARD_KINDS = ["painPoint", "opportunity", "idea", "note"] as const;
export const CARD_STATUSES = ["open", "planned", "inProgress", "done", "dropped"] as const;

/** 1 (lowest) to 5 (highest). */
const oneToFive = z.number().int().min(1).max(5);

/**
 * A card in a cell: a pain point (with severity) or an opportunity (impact, effort, owner,
 * status). Feasibility is `6 - effort`; the backlog and the opportunity matrix read these fields.
 */
export const cardSchema = z
  .strictObject({
    id: idSchema("card"),
    laneId: idSchema("lane"),
    stepId: idSchema("step").optional(),
    stageId: idSchema("stage").optional(),
    order: orderKeySchema,
    kind: z.enum(CARD_KINDS),
    title: z.string().max(1_000),
    body: richTextSchema.optional(),
    severity: oneToFive.optional(),
    impact: oneToFive.optional(),
    effort: oneToFive.optional(),
    owner: z.string().max(200).optional(),
    status: z.enum(CARD_STATUSES).optional(),
    evidence: z.array(evidenceSchema).max(100).optional(),
  })
  .refine((c) => (c.stepId === undefined) !== (c.stageId === undefined), {
    message: "a card is at exactly one of a step or a stage",
  });
export type Card = z.infer<typeof cardSchema>;
export type CardKind = Card["kind"];
export type CardStatus = NonNullable<Card["status"]>;
export const cardMigrations: RecordMigration[] = [];

/** Feasibility on 1–5 from effort on 1–5 (low effort = high feasibility). */
export function feasibilityOf(card: Pick<Card, "effort">): number | undefined {
  return card.effort === undefined ? undefined : 6 - card.effort;
}
