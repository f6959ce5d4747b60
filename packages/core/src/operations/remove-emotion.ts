import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { idSchema } from "../records/ids";
import { emotionIdFor } from "../records/emotion-point";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { removalCascade } from "./removal-cascade";

export const removeEmotionArgsSchema = z.strictObject({
  stepId: idSchema("step"),
  personaId: idSchema("persona").optional(),
  variant: z.enum(["asIs", "toBe"]).default("asIs"),
});
export type RemoveEmotionArgs = z.input<typeof removeEmotionArgsSchema>;

/**
 * Removes the emotion point of (step, persona, variant), with its translations.
 *
 * @example
 * removeEmotion(doc, { stepId: "step:checkout", personaId: "persona:mia" }, { now })
 */
export function removeEmotion(doc: JourneyDocument, args: RemoveEmotionArgs, ctx: OperationContext): OperationResult<undefined> {
  const parsed = parseArgs(removeEmotionArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { stepId, personaId, variant } = parsed.value;
  const id = emotionIdFor(stepId, personaId, variant);
  if (!doc.emotions[id]) return fail("not_found", `there is no ${variant} emotion point for ${personaId ?? "the map"} at ${stepId}`);
  return succeed(stampedPatch(doc, ctx, removalCascade(doc, { emotions: [id] }).ops), undefined);
}
