import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";

export const removeCardArgsSchema = z.strictObject({ cardId: idSchema("card") });
export type RemoveCardArgs = z.input<typeof removeCardArgsSchema>;

/**
 * Removes a card and its translations.
 *
 * @example
 * removeCard(doc, { cardId: "card:slow" }, { now })
 */
export function removeCard(doc: JourneyDocument, args: RemoveCardArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(removeCardArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  if (!doc.cards[parsed.value.cardId]) return fail("not_found", `card ${parsed.value.cardId} does not exist`);
  return succeed(stampedPatch(doc, ctx, removalCascade(doc, { cards: [parsed.value.cardId] }).ops), undefined);
}
