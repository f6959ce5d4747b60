import { z } from "zod";
import type { JourneyDocument } from "../document/journey-document";
import { localeSchema } from "../records/journey-map";
import { richTextSchema } from "../records/rich-text";
import { translationIdFor, type Translation } from "../records/translation";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import type { PatchOp } from "../patch/patch";
import type { OperationContext } from "./operation-context";
import { parseArgs } from "./parse-args";
import { stampedPatch } from "./map-touch";
import { putOp } from "./put-op";
import { tableOfId, TEXT_FIELDS } from "./text-fields";
import { canonicalRichText } from "./canonical-rich-text";
import { richTextSpliceOps, textSpliceOps } from "./text-splice";

export const setTranslationArgsSchema = z.strictObject({
  locale: localeSchema,
  recordId: z.string().min(1).max(200),
  /** A typed text field of the record (see TEXT_FIELDS), e.g. `name` or `content.text`. */
  field: z.string().max(100),
  /** A string for plain fields, runs for rich ones; empty removes the translation. */
  value: z.union([z.string().max(20_000), richTextSchema]),
});
export type SetTranslationArgs = z.input<typeof setTranslationArgsSchema>;

function recordExists(doc: JourneyDocument, id: string): boolean {
  const table = tableOfId(id);
  if (table === "map") return id === doc.map.id;
  return table !== undefined && id in doc[table];
}

/**
 * Sets the text of one field of one record in one of the map's other languages. The translation's
 * id is derived from (locale, record, field), so two translators of a field write one record;
 * editing an existing translation is a splice. An empty value removes the translation, so the
 * source text shows again. Returns the translation id.
 *
 * @example
 * setTranslation(doc, { locale: "lv", recordId: "stage:buy", field: "name", value: "Pirkums" }, { now })
 */
export function setTranslation(doc: JourneyDocument, args: SetTranslationArgs, ctx: OperationContext): OperationResult<string> {
  const parsed = parseArgs(setTranslationArgsSchema, args);
  if (!parsed.ok) return parsed.failure;
  const { locale, recordId, field } = parsed.value;
  const value = typeof parsed.value.value === "string" ? parsed.value.value : canonicalRichText(parsed.value.value);
  if (locale === doc.map.sourceLocale) return fail("invalid_argument", `${locale} is the map's source language; edit the record itself`);
  if (!doc.map.locales.includes(locale)) return fail("invalid_argument", `${locale} is not one of the map's languages (${doc.map.locales.join(", ")})`);
  if (!recordExists(doc, recordId)) return fail("not_found", `record ${recordId} does not exist`);
  const kind = TEXT_FIELDS[tableOfId(recordId)!][field];
  if (!kind) return fail("invalid_argument", `${field} is not a text field of ${recordId}`);
  if ((kind === "rich") !== Array.isArray(value)) return fail("invalid_argument", `${field} takes ${kind === "rich" ? "rich text (runs)" : "a string"}`);
  const id = translationIdFor(locale, recordId, field);
  const old = doc.translations[id];
  if (value.length === 0) return succeed(stampedPatch(doc, ctx, old ? [{ op: "remove", table: "translations", id }] : []), id);
  let ops: PatchOp[] | undefined;
  if (old && typeof old.value === "string" && typeof value === "string") ops = textSpliceOps("translations", id, "value", old.value, value);
  else if (old && Array.isArray(old.value) && Array.isArray(value)) ops = richTextSpliceOps("translations", id, "value", old.value, value);
  const record: Translation = { id, locale, recordId, field, value };
  return succeed(stampedPatch(doc, ctx, ops ?? [putOp("translations", record)]), id);
}
