import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import type { Tables } from "./tables";
import { migrationProvider, type Dialect } from "./migrations";
import { cachingStatements } from "./statement-cache";

export type Db = Kysely<Tables>;
export interface Database {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

// bigint columns (update sequence numbers) come back from pg as strings; they fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * Opens the database and brings its schema up to date: PostgreSQL when `databaseUrl` is set,
 * otherwise SQLite at `<dataDir>/kaart.sqlite` in WAL mode (readers never block the writer, and
 * several processes on one volume can share it).
 *
 * @example
 * const { db, close } = await openDatabase({ dataDir: "./data" });
 */
export async function openDatabase(opts: { dataDir: string; databaseUrl?: string }): Promise<Database> {
  const dialect: Dialect = opts.databaseUrl ? "postgres" : "sqlite";
  const db =
    dialect === "postgres"
      ? new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opts.databaseUrl, max: 10 }) }) })
      : new Kysely<Tables>({ dialect: new SqliteDialect({ database: cachingStatements(openSqlite(opts.dataDir)) }) });
  // Two numbering ranges (0001… and 0100…) grow side by side: a lower key may arrive after a higher one ran.
  const { error, results } = await new Migrator({ db, provider: migrationProvider(dialect), allowUnorderedMigrations: true }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { db, dialect, close: () => db.destroy() };
}

function openSqlite(dataDir: string): SQLite.Database {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SQLite(join(dataDir, "kaart.sqlite"));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // With WAL, NORMAL keeps every committed transaction across a process crash (only power loss can drop the newest ones).
  sqlite.pragma("synchronous = NORMAL");
  return sqlite;
}
