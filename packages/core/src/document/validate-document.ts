import { CURRENT_SCHEMA_VERSION } from "../records/migration";
import { DOCUMENT_FORMAT, journeyDocumentSchema, type JourneyDocument } from "./journey-document";
import { migrateDocument } from "./migrate-document";
import { referenceIssues } from "./reference-checks";
import { toPointer, type DocumentIssue } from "./document-issue";

export type ValidationResult = { ok: true; document: JourneyDocument } | { ok: false; issues: DocumentIssue[] };

/**
 * Validates untrusted input (parsed JSON or YAML) as a journey document: recognises it, migrates
 * it to the current schema version, checks every record and every reference. Never throws.
 *
 * @example
 * const result = validateDocument(JSON.parse(text));
 * if (!result.ok) for (const i of result.issues) console.log(`${i.pointer}: ${i.message}`);
 */
export function validateDocument(input: unknown): ValidationResult {
  if (typeof input !== "object" || input === null || Array.isArray(input) || (input as { format?: unknown }).format !== DOCUMENT_FORMAT) {
    return { ok: false, issues: [{ pointer: "/format", code: "not_a_journey", message: `not a Kaart journey document (expected "format": "${DOCUMENT_FORMAT}")` }] };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === "number" && version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [{ pointer: "/schemaVersion", code: "unsupported_version", message: `schema version ${version} is newer than this Kaart understands (${CURRENT_SCHEMA_VERSION}); upgrade Kaart` }],
    };
  }
  const parsed = journeyDocumentSchema.safeParse(migrateDocument(input));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ pointer: toPointer(i.path), code: "invalid_value" as const, message: i.message }));
    return { ok: false, issues };
  }
  const document = parsed.data as JourneyDocument;
  const refs = referenceIssues(document);
  return refs.length ? { ok: false, issues: refs } : { ok: true, document };
}

/** A named error carrying every issue, for callers that prefer exceptions. */
export class InvalidDocumentError extends Error {
  override readonly name = "InvalidDocumentError";
  constructor(readonly issues: DocumentIssue[]) {
    super(issues.map((i) => `${i.pointer || "/"}: ${i.message}`).join("; "));
  }
}

/** Like `validateDocument`, but throws `InvalidDocumentError`. */
export function parseDocument(input: unknown): JourneyDocument {
  const result = validateDocument(input);
  if (!result.ok) throw new InvalidDocumentError(result.issues);
  return result.document;
}
