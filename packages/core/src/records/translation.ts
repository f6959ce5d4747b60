import { z } from "zod";
import { localeSchema } from "./journey-map";
import { richTextSchema } from "./rich-text";
import type { RecordMigration } from "./migration";

/**
 * The value of one text field of one record in one locale other than the map's source locale.
 * `field` is a dot path inside the record (`name`, `content.text`, `scope.scenario`).
 * Its id is derived from the three, so two translators of the same field write the same record.
 */
export const translationSchema = z.strictObject({
  id: z.string().regex(/^tr:[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\|[a-z]+:[A-Za-z0-9_.~-]{1,120}\|[A-Za-z][A-Za-z0-9.]{0,99}$/, {
    message: "expected tr:<locale>|<record id>|<field>",
  }),
  locale: localeSchema,
  recordId: z.string().min(1).max(200),
  /** A dot path; numeric segments index into lists (`needs.0`, `attributes.2.value`). */
  field: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*(\.([A-Za-z][A-Za-z0-9]*|\d{1,4}))*$/)
    .max(100),
  value: z.union([z.string().max(20_000), richTextSchema]),
});
export type Translation = z.infer<typeof translationSchema>;
export const translationMigrations: RecordMigration[] = [];

/** Deterministic translation id for (locale, record, field). */
export function translationIdFor(locale: string, recordId: string, field: string): string {
  return `tr:${locale}|${recordId}|${field}`;
}
