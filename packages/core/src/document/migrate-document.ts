import { CURRENT_SCHEMA_VERSION } from "../records/migration";
import { journeyMapMigrations } from "../records/journey-map";
import type { RecordMigration } from "../records/migration";
import { TABLES, TABLE_NAMES } from "./tables";

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function applyMigrations(record: unknown, migrations: RecordMigration[], from: number, to: number): unknown {
  if (!isPlainObject(record)) return record;
  let out = record;
  for (const m of migrations) if (m.toVersion > from && m.toVersion <= to) out = m.up(out);
  return out;
}

/**
 * Lifts an untrusted document from its `schemaVersion` to `target` by running each record
 * file's migrations in order. Returns the input unchanged when it is not an object or is already
 * current; never throws. Validation runs after this, so migrations need not be defensive about
 * everything. `tables` is injectable so the mechanism can be tested with migrations of its own.
 */
export function migrateDocument(
  input: unknown,
  target = CURRENT_SCHEMA_VERSION,
  migrations: { map: RecordMigration[]; tables: Record<string, RecordMigration[]> } = defaultMigrations(),
): unknown {
  if (!isPlainObject(input)) return input;
  const from = typeof input.schemaVersion === "number" ? input.schemaVersion : target;
  if (from >= target) return input;
  const out: Record<string, unknown> = { ...input, schemaVersion: target };
  out.map = applyMigrations(input.map, migrations.map, from, target);
  for (const [name, list] of Object.entries(migrations.tables)) {
    const table = input[name];
    if (!isPlainObject(table)) continue;
    const next: Record<string, unknown> = {};
    for (const [id, record] of Object.entries(table)) next[id] = applyMigrations(record, list, from, target);
    out[name] = next;
  }
  return out;
}

function defaultMigrations() {
  const tables: Record<string, RecordMigration[]> = {};
  for (const name of TABLE_NAMES) tables[name] = TABLES[name].migrations;
  return { map: journeyMapMigrations, tables };
}
