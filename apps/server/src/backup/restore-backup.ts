import { createReadStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { sql, type Transaction } from "kysely";
import type { Database } from "../storage/open-database";
import type { Tables } from "../storage/tables";
import { backupHeaderSchema, backupLineSchema, decodeValue } from "./backup-format";
import { safeRelativePath } from "./data-files";
import { tablesInDependencyOrder } from "./table-order";

/** Refuses a target that already holds anything: a restore never merges into a live instance. */
async function assertEmpty(database: Database): Promise<void> {
  for (const table of await tablesInDependencyOrder(database)) {
    const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(database.db);
    if (Number(r.rows[0]?.n ?? 0) > 0) throw new Error(`the target database is not empty (table ${table} has rows); restore into a fresh DATA_DIR / database`);
  }
}

async function insertRows(trx: Transaction<Tables>, table: string, columns: Set<string>, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(rows[0]!);
  const unknown = names.find((c) => !columns.has(c));
  if (unknown) throw new Error(`the backup has column ${table}.${unknown}, which this version does not know`);
  const values = rows.map((r) => sql`(${sql.join(names.map((c) => decodeValue(r[c])))})`);
  await sql`insert into ${sql.table(table)} (${sql.join(names.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(trx);
}

/** PostgreSQL serial columns keep counting after the largest restored value. */
async function resetSequences(trx: Transaction<Tables>, database: Database): Promise<void> {
  if (database.dialect !== "postgres") return;
  for (const t of await database.db.introspection.getTables()) {
    for (const c of t.columns.filter((col) => col.isAutoIncrementing)) {
      await sql`select setval(pg_get_serial_sequence(${t.name}, ${c.name}), coalesce((select max(${sql.ref(c.name)}) from ${sql.table(t.name)}), 0) + 1, false)`.execute(trx);
    }
  }
}

/**
 * Restores a backup into an empty, migrated database and its DATA_DIR: rows in one transaction
 * (in the dependency order the backup was written in), then the files. The target must be this
 * version or newer: every migration the source had run must be known here.
 *
 * @example
 * await restoreBackup(await openDatabase({ dataDir: "./restored" }), "./restored", "kaart.backup.gz");
 */
export async function restoreBackup(database: Database, dataDir: string, file: string): Promise<{ rows: number; files: number }> {
  await assertEmpty(database);
  const known = new Set((await sql<{ name: string }>`select name from kysely_migration`.execute(database.db)).rows.map((r) => r.name));
  const columns = new Map((await database.db.introspection.getTables()).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  const counts = { rows: 0, files: 0 };
  const files: { file: string; data: string }[] = [];
  await database.db.transaction().execute(async (trx) => {
    let header = false;
    let batch: { table: string; rows: Record<string, unknown>[] } = { table: "", rows: [] };
    const flush = async () => {
      if (batch.rows.length === 0) return;
      const cols = columns.get(batch.table);
      if (!cols) throw new Error(`the backup has table ${batch.table}, which this version does not know`);
      await insertRows(trx, batch.table, cols, batch.rows);
      batch = { table: batch.table, rows: [] };
    };
    // Made here, right before reading: readline drops lines emitted before iteration starts.
    const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const text of input) {
      if (!text) continue;
      if (!header) {
        const h = backupHeaderSchema.parse(JSON.parse(text));
        const missing = h.migrations.filter((m) => !known.has(m));
        if (missing.length) throw new Error(`the backup is from a newer version (unknown migrations: ${missing.join(", ")})`);
        header = true;
        continue;
      }
      const line = backupLineSchema.parse(JSON.parse(text));
      if ("file" in line) {
        files.push(line);
        continue;
      }
      if (line.table !== batch.table || batch.rows.length >= 200) await flush();
      batch.table = line.table;
      batch.rows.push(line.row);
      counts.rows++;
    }
    await flush();
    if (!header) throw new Error("the file is not a Kaart backup");
    await resetSequences(trx, database);
  });
  for (const f of files) {
    const target = join(dataDir, safeRelativePath(f.file));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, Buffer.from(f.data, "base64"));
    counts.files++;
  }
  return counts;
}
