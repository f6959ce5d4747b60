import type { MapKind } from "../records/journey-map";
import { TEMPLATES } from "./catalog";
import type { TemplateLanguage } from "./template-schema";

export interface TemplateSummary {
  id: string;
  kind: MapKind;
  name: string;
  description: string;
  /** Absent for the generic kinds. */
  industry?: string;
}

/**
 * The built-in templates, described in one language (English by default), in catalog order.
 *
 * @example
 * listTemplates("cs").map((t) => `${t.id}: ${t.name}`);
 */
export function listTemplates(lang: TemplateLanguage = "en"): TemplateSummary[] {
  return TEMPLATES.map((t) => ({
    id: t.id,
    kind: t.kind,
    name: t.name[lang],
    description: t.description[lang],
    ...(t.industry && { industry: t.industry[lang] }),
  }));
}
