import { z } from "zod";

/**
 * Rich text is a list of runs, never HTML: whatever a user types is stored as text and every
 * renderer escapes it. `href` is limited to http(s) and mailto so a link can never run script.
 *
 * @example
 * const t: RichText = [{ text: "Slow " }, { text: "checkout", bold: true }];
 */
export const safeHrefSchema = z
  .string()
  .max(2048)
  .regex(/^(https?:\/\/|mailto:)[^\s<>"]*$/i, { message: "links must start with http://, https:// or mailto:" });

export const textRunSchema = z.strictObject({
  text: z.string().max(20_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: safeHrefSchema.optional(),
});
export type TextRun = z.infer<typeof textRunSchema>;

export const richTextSchema = z.array(textRunSchema).max(2_000);
export type RichText = z.infer<typeof richTextSchema>;

/** Plain text of rich text: the runs' texts joined. */
export function plainText(rich: RichText | undefined): string {
  if (!rich) return "";
  let out = "";
  for (const run of rich) out += run.text;
  return out;
}

/** Rich text of one plain run (or none for the empty string). */
export function richText(text: string): RichText {
  return text === "" ? [] : [{ text }];
}
