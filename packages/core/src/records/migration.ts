/**
 * A record migration lifts a stored record from `toVersion - 1` to `toVersion` of the document
 * schema. Each record file lists its own migrations beside its schema; `migrateDocument` runs the
 * ones above the document's `schemaVersion`, in order, before validating. Migrations receive
 * untrusted JSON and must not throw on odd shapes: leave what they do not understand to validation.
 */
export interface RecordMigration {
  toVersion: number;
  description: string;
  up: (record: Record<string, unknown>) => Record<string, unknown>;
}

/** The document schema version this build writes. Bump it together with a migration. */
export const CURRENT_SCHEMA_VERSION = 1;
