import { createWriteStream } from "node:fs";
import { readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { sql, type Transaction } from "kysely";
import type { Database } from "../storage/open-database";
import type { Tables } from "../storage/tables";
import { BACKUP_FORMAT, BACKUP_VERSION, encodeValue, type BackupHeader } from "./backup-format";
import { dataFiles, safeRelativePath } from "./data-files";
import { tablesInDependencyOrder } from "./table-order";

async function* lines(trx: Transaction<Tables>, header: BackupHeader, dataDir: string): AsyncGenerator<string> {
  yield JSON.stringify(header) + "\n";
  for (const table of header.tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(trx);
    for (const row of rows.rows) yield JSON.stringify({ table, row: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, encodeValue(v)])) }) + "\n";
  }
  for (const file of await dataFiles(dataDir)) {
    yield JSON.stringify({ file, data: (await readFile(join(dataDir, safeRelativePath(file)))).toString("base64") }) + "\n";
  }
}

/**
 * Writes a consistent backup of the instance to `file`: every table read in one transaction (a
 * snapshot: SQLite under WAL, PostgreSQL at REPEATABLE READ) while the server may keep running,
 * then the files of DATA_DIR. Files are copied after the snapshot, so every file a row refers
 * to is there (uploads write the file before the row). Written to `<file>.tmp`, then renamed.
 *
 * @example
 * await writeBackup(database, "./data", "kaart-2026-01-01.backup.gz", new Date().toISOString());
 */
export async function writeBackup(database: Database, dataDir: string, file: string, nowIso: string): Promise<{ rows: number; files: number }> {
  const tables = await tablesInDependencyOrder(database);
  const migrations = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db)).rows.map((r) => r.name);
  const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: nowIso, dialect: database.dialect, migrations, tables };
  const counts = { rows: 0, files: 0 };
  const tx = database.dialect === "postgres" ? database.db.transaction().setIsolationLevel("repeatable read") : database.db.transaction();
  await tx.execute(async (trx) => {
    const counted = async function* () {
      for await (const line of lines(trx, header, dataDir)) {
        if (line.startsWith('{"table"')) counts.rows++;
        else if (line.startsWith('{"file"')) counts.files++;
        yield line;
      }
    };
    await pipeline(Readable.from(counted()), createGzip(), createWriteStream(`${file}.tmp`));
  });
  await rename(`${file}.tmp`, file);
  return counts;
}
