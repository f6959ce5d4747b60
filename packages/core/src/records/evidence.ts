import { z } from "zod";
import { safeHrefSchema } from "./rich-text";

/**
 * Evidence grounds a cell or an emotion score in research: solicited (survey, interview) or
 * unsolicited (ticket, review, chat, analytics). Gap analysis counts steps without any.
 */
export const EVIDENCE_KINDS = [
  "quote",
  "interview",
  "survey",
  "ticket",
  "chat",
  "review",
  "analytics",
  "observation",
  "link",
] as const;
export const evidenceSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  text: z.string().max(5_000).optional(),
  source: z.string().max(500).optional(),
  href: safeHrefSchema.optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;
