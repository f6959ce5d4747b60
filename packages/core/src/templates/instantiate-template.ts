import { cryptoRandom, isId, type MapId, type RandomSource } from "../records/ids";
import type { JourneyDocument } from "../document/journey-document";
import { TABLE_NAMES } from "../document/tables";
import type { Patch, PatchOp } from "../patch/patch";
import { fail, succeed, type OperationResult } from "../patch/operation-result";
import { TEMPLATE_LANGUAGES, templateSchema, type Template, type TemplateLanguage } from "./template-schema";
import { TEMPLATES } from "./catalog";
import { buildTemplateDocument } from "./build-template-document";

export interface InstantiateOptions {
  /** One of `TEMPLATE_LANGUAGES`: the map's source locale. */
  lang: string;
  /** ISO-8601 time written as the map's creation time. */
  now: string;
  /** Randomness for ids; a seeded source gives the same document every time. */
  random?: RandomSource;
  mapId?: MapId;
}

/** Templates are validated once, on first use, rather than on every import of core. */
const validated = new Map<string, Template>();

/**
 * A new map from a built-in template, written in `lang` with the other template languages kept
 * as translations. The patch puts every record, so a caller can apply it to an empty Y.Doc;
 * the value is the finished document.
 *
 * @example
 * const r = instantiateTemplate("saas-onboarding", { lang: "lv", now: new Date().toISOString() });
 * if (r.ok) save(r.value); else console.error(r.error.code); // not_found | invalid_argument
 */
export function instantiateTemplate(templateId: string, options: InstantiateOptions): OperationResult<JourneyDocument> {
  const input = TEMPLATES.find((t) => t.id === templateId);
  if (!input) return fail("not_found", `no template "${templateId}"; known: ${TEMPLATES.map((t) => t.id).join(", ")}`);
  if (!isTemplateLanguage(options.lang)) {
    return fail("invalid_argument", `templates are offered in ${TEMPLATE_LANGUAGES.join(", ")}, not "${options.lang}"`);
  }
  if (options.mapId !== undefined && !isId("map", options.mapId)) {
    return fail("invalid_argument", `"${String(options.mapId)}" is not a map id (map:<letters, digits, _ . ~ ->)`);
  }
  let template = validated.get(templateId);
  if (!template) {
    const parsed = templateSchema.safeParse(input);
    if (!parsed.success) return fail("invalid_argument", `template "${templateId}" is malformed: ${parsed.error.message}`);
    template = parsed.data;
    validated.set(templateId, template);
  }
  const doc = buildTemplateDocument(template, { lang: options.lang, now: options.now, random: options.random ?? cryptoRandom, mapId: options.mapId });
  return succeed(patchCreating(doc), doc);
}

/**
 * True for the languages every built-in template is written in.
 *
 * @example
 * const lang = isTemplateLanguage(query.lang) ? query.lang : "en";
 */
export function isTemplateLanguage(lang: string): lang is TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(lang);
}

/** The patch that turns an empty document into `doc`. */
function patchCreating(doc: JourneyDocument): Patch {
  const ops: PatchOp[] = [{ op: "putMap", record: doc.map }];
  for (const table of TABLE_NAMES) {
    for (const [id, record] of Object.entries(doc[table])) ops.push({ op: "put", table, id, record } as PatchOp);
  }
  return { ops };
}
