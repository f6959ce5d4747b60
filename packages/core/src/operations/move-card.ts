import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import type { Card } from "../records/card";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { placeAmong, positionSchema } from "./position";
import { stampedPatch } from "./map-touch";
import { putOp, rekeyOps } from "./put-op";
import { cellAtSchema, resolveCellAddress } from "./cell-address";

export const moveCardArgsSchema = z.strictObject({
  cardId: idSchema("card"),
  /** The target cell's lane; the card's own when absent. */
  laneId: idSchema("lane").optional(),
  /** The target cell's step or stage; the card's own when absent. */
  at: cellAtSchema.optional(),
  /** Among the cards of the target cell; its end when absent. */
  position: positionSchema("card"),
});
export type MoveCardArgs = z.input<typeof moveCardArgsSchema>;

/**
 * Moves a card within its cell or to another cell (another lane, step or stage).
 *
 * @example
 * moveCard(doc, { cardId, at: "step:compare", position: { before: "card:other" } }, { now })
 */
export function moveCard(doc: JourneyDocument, args: MoveCardArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(moveCardArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { cardId, position } = parsed.value;
  const card = doc.cards[cardId];
  if (!card) return fail("not_found", `card ${cardId} does not exist`);
  const laneId = parsed.value.laneId ?? card.laneId;
  const at = parsed.value.at ?? card.stepId ?? card.stageId!;
  const where = resolveCellAddress(doc, laneId, at);
  if (!where.ok) return fail(where.error.code, where.error.message);
  if (position && ("before" in position ? position.before : position.after) === cardId) {
    return fail("invalid_argument", "a card cannot be placed next to itself");
  }
  const siblings = Object.values(doc.cards).filter((c) => c.id !== cardId && c.laneId === laneId && (c.stepId ?? c.stageId) === at);
  const place = placeAmong(siblings, position, "card of the target cell");
  if (!place.ok) return fail(place.error.code, place.error.message);
  const { stepId: _step, stageId: _stage, ...rest } = card;
  const moved: Card = { ...rest, ...where.address, order: place.order };
  const unmoved = laneId === card.laneId && at === (card.stepId ?? card.stageId) && place.order === card.order && place.rekeyed.size === 0;
  if (unmoved) return succeed(stampedPatch(doc, ctx, []), undefined);
  return succeed(stampedPatch(doc, ctx, [...rekeyOps("cards", doc.cards, place.rekeyed), putOp("cards", moved)]), undefined);
}
