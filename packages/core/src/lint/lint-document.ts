import type { JourneyDocument } from "../document/journey-document";
import { accessibilityRules } from "./accessibility-rules";
import { emotionRules } from "./emotion-rules";
import { LINT_RULES, type LintRule, type LintWarning } from "./lint-warning";
import { structureRules } from "./structure-rules";
import { textLengthRules } from "./text-length-rules";
import { translationRules } from "./translation-rules";

const RULES: LintRule[] = [accessibilityRules, structureRules, emotionRules, translationRules, textLengthRules];
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Advice on a valid document: accessibility, structure, emotion scores, translations, text length
 * (codes in `docs/lint.md`). Errors first, then warnings, then info; within a severity in rule order.
 *
 * @example
 * for (const w of lintDocument(doc)) console.log(`${w.severity} ${w.pointer}: ${w.code}: ${w.message}`);
 */
export function lintDocument(doc: JourneyDocument): LintWarning[] {
  const found: LintWarning[] = [];
  for (const rule of RULES) {
    rule(doc, (code, pointer, message) => found.push({ code, pointer, message, severity: LINT_RULES[code].severity }));
  }
  return found.map((w, i) => ({ w, i })).sort((a, b) => SEVERITY_RANK[a.w.severity] - SEVERITY_RANK[b.w.severity] || a.i - b.i).map(({ w }) => w);
}
