/**
 * A problem found in a document: where (a JSON Pointer into the document, RFC 6901), a stable
 * code, and a message for humans. The CLI prints `<file>: <pointer>: <code>: <message>`.
 */
export interface DocumentIssue {
  pointer: string;
  code: DocumentIssueCode;
  message: string;
}

export type DocumentIssueCode =
  | "not_a_journey"
  | "unsupported_version"
  | "invalid_value"
  | "id_mismatch"
  | "dangling_reference"
  | "derived_id_mismatch";

/** JSON Pointer of a path: `["steps", "step:a", "name"]` → `/steps/step:a/name`. */
export function toPointer(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "";
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
