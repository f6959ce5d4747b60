import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema, newId, type CardId } from "../records/ids";
import { CARD_KINDS, CARD_STATUSES, type Card } from "../records/card";
import { richTextSchema } from "../records/rich-text";
import { canonicalRichText } from "./canonical-rich-text";
import { evidenceSchema } from "../records/evidence";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { placeAmong, positionSchema } from "./position";
import { stampedPatch } from "./map-touch";
import { definedFields, putOp, rekeyOps } from "./put-op";
import { cellAtSchema, resolveCellAddress } from "./cell-address";

const oneToFive = z.number().int().min(1).max(5);

/** The fields of a card a person edits; shared by `addCard` and `updateCard`. */
export const cardFieldsSchema = z.strictObject({
  kind: z.enum(CARD_KINDS),
  title: z.string().max(1_000),
  /** Kept canonical (no empty runs, equal neighbours joined), as the Yjs binding keeps it. */
  body: richTextSchema.transform(canonicalRichText),
  severity: oneToFive,
  impact: oneToFive,
  effort: oneToFive,
  owner: z.string().max(200),
  status: z.enum(CARD_STATUSES),
  evidence: z.array(evidenceSchema).max(100),
});

export const addCardArgsSchema = cardFieldsSchema.partial().extend({
  laneId: idSchema("lane"),
  at: cellAtSchema,
  kind: cardFieldsSchema.shape.kind,
  title: cardFieldsSchema.shape.title.default(""),
  /** Among the cards of the same cell; the end when absent. */
  position: positionSchema("card"),
});
export type AddCardArgs = z.input<typeof addCardArgsSchema>;

/**
 * Adds a card (pain point, opportunity, idea, note) to the cell at (lane, step or stage).
 * Returns the new card's id.
 *
 * @example
 * addCard(doc, { laneId: "lane:pains", at: "step:checkout", kind: "painPoint", title: "Card declined", severity: 5 }, { now })
 */
export function addCard(doc: JourneyDocument, args: AddCardArgs, ctx: OperationContext): OperationResult<CardId> {
  const parsed = parseArgs(addCardArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { laneId, at, position, ...fields } = parsed.value;
  const where = resolveCellAddress(doc, laneId, at);
  if (!where.ok) return fail(where.error.code, where.error.message);
  const siblings = Object.values(doc.cards).filter((c) => c.laneId === laneId && (c.stepId ?? c.stageId) === at);
  const place = placeAmong(siblings, position, "card of this cell");
  if (!place.ok) return fail(place.error.code, place.error.message);
  const id = newId("card", ctx.random);
  const card: Card = { id, ...where.address, order: place.order, ...definedFields(fields) };
  return succeed(stampedPatch(doc, ctx, [...rekeyOps("cards", doc.cards, place.rekeyed), putOp("cards", card)]), id);
}
