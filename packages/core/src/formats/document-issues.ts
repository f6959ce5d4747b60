import type { DocumentIssue } from "../document/document-issue";
import type { FormatError } from "./format-result";

/** Maps validation issues of a parsed document to format errors, keeping the JSON Pointers. */
export function issuesToFormatErrors(issues: readonly DocumentIssue[]): FormatError[] {
  return issues.map((issue) => ({
    code:
      issue.code === "not_a_journey" ? "not_a_journey" : issue.code === "unsupported_version" ? "unsupported_version" : "invalid_document",
    message: issue.code === "not_a_journey" || issue.code === "unsupported_version" ? issue.message : `${issue.code}: ${issue.message}`,
    pointer: issue.pointer,
  }));
}
