import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import type { Card } from "../records/card";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { PatchOp } from "../patch/patch";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { putOp } from "./put-op";
import { cardFieldsSchema } from "./add-card";
import { richTextSpliceOps, textSpliceOps } from "./text-splice";
import { applyChanges } from "./apply-changes";

const s = cardFieldsSchema.shape;
export const updateCardArgsSchema = z.strictObject({
  cardId: idSchema("card"),
  /** Fields to change; `null` clears an optional field. */
  changes: z.strictObject({
    kind: s.kind.optional(),
    title: s.title.optional(),
    body: s.body.nullable().optional(),
    severity: s.severity.nullable().optional(),
    impact: s.impact.nullable().optional(),
    effort: s.effort.nullable().optional(),
    owner: s.owner.nullable().optional(),
    status: s.status.nullable().optional(),
    evidence: s.evidence.nullable().optional(),
  }),
});
export type UpdateCardArgs = z.input<typeof updateCardArgsSchema>;

/**
 * Changes fields of a card. The title, and a body whose formatting is unchanged, change by
 * splice (merging with concurrent typing); other fields by putting the card.
 *
 * @example
 * updateCard(doc, { cardId, changes: { status: "planned", effort: 2, owner: null } }, { now })
 */
export function updateCard(doc: JourneyDocument, args: UpdateCardArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(updateCardArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const card = doc.cards[parsed.value.cardId];
  if (!card) return fail("not_found", `card ${parsed.value.cardId} does not exist`);
  const { title, body, ...rest } = parsed.value.changes;
  const splices: PatchOp[] = title === undefined ? [] : textSpliceOps("cards", card.id, "title", card.title, title);
  let next: Card = applyChanges(card, rest);
  if (body !== undefined) {
    const bodySplice = body && card.body ? richTextSpliceOps("cards", card.id, "body", card.body, body) : undefined;
    if (bodySplice) splices.push(...bodySplice);
    else next = applyChanges(next, { body });
  }
  const put = JSON.stringify(next) === JSON.stringify(card) ? [] : [putOp("cards", next)];
  return succeed(stampedPatch(doc, ctx, [...put, ...splices]), undefined);
}
