import type { JourneyDocument } from "../document/journey-document";

/**
 * Every lint code with its severity and a one-line summary; `docs/lint.md` explains each and a
 * test fails when a code is missing there. Lint never blocks saving: a valid document with
 * warnings is still a valid document.
 */
export const LINT_RULES = {
  image_without_alt: { severity: "error", summary: "an image cell has no alt text" },
  persona_photo_without_alt: { severity: "error", summary: "a persona photo has no alt text" },
  missing_title: { severity: "warning", summary: "the map has no title" },
  missing_accessibility_title: { severity: "warning", summary: "the map has no accessibility title" },
  missing_accessibility_description: { severity: "warning", summary: "the map has no accessibility description" },
  no_stages: { severity: "info", summary: "the map has no stages yet" },
  stage_without_steps: { severity: "warning", summary: "a stage has no steps" },
  empty_stage: { severity: "info", summary: "a stage's steps hold no content, cards or scores" },
  unnamed_stage: { severity: "info", summary: "a stage has no name" },
  unnamed_step: { severity: "warning", summary: "a step has no name" },
  emotion_off_scale: { severity: "warning", summary: "an emotion score lies outside the map's declared scale" },
  emotion_without_evidence: { severity: "info", summary: "an emotion score has no evidence" },
  persona_without_curve: { severity: "warning", summary: "a persona of the map has no emotion scores" },
  untranslated_field: { severity: "warning", summary: "a text field has no translation for a declared locale" },
  long_text: { severity: "info", summary: "a name or cell text is long enough to be hard to read on the map" },
} as const satisfies Record<string, { severity: LintSeverity; summary: string }>;

export type LintSeverity = "error" | "warning" | "info";
export type LintCode = keyof typeof LINT_RULES;

/** One finding: where (JSON Pointer into the document), what (stable code), how bad, in words. */
export interface LintWarning {
  code: LintCode;
  pointer: string;
  message: string;
  severity: LintSeverity;
}

/** A rule reads the document and reports findings; rules never change the document. */
export type LintRule = (doc: JourneyDocument, report: (code: LintCode, pointer: string, message: string) => void) => void;
