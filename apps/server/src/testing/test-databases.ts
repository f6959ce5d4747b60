import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../storage/open-database";

export type TestDialect = "sqlite" | "postgres";
export const TEST_DIALECTS: TestDialect[] = ["sqlite", "postgres"];

/**
 * Why the PostgreSQL variant of a suite cannot run here, or undefined when it can. `npm test` runs
 * inside `pg_virtualenv`, which sets PG*; under CI=true the variant never skips (it fails instead).
 */
export function dialectSkip(dialect: TestDialect): string | false {
  if (dialect === "sqlite" || process.env.PGHOST || process.env.CI === "true") return false;
  return "PostgreSQL variant skipped: no PGHOST (run under `pg_virtualenv -v 15 -- …` or `npm test`)";
}

function adminUrl(database: string): string {
  const user = encodeURIComponent(process.env.PGUSER ?? "postgres");
  const password = encodeURIComponent(process.env.PGPASSWORD ?? "");
  const host = process.env.PGHOST ?? "localhost";
  const port = process.env.PGPORT ?? "5432";
  return host.startsWith("/") ? `postgres://${user}:${password}@localhost:${port}/${database}?host=${encodeURIComponent(host)}` : `postgres://${user}:${password}@${host}:${port}/${database}`;
}

/** A throwaway database: a temp SQLite folder, or a fresh database in the PG* cluster. */
export interface TestDatabase {
  database: Database;
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

export async function testDatabase(dialect: TestDialect): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "kaart-test-"));
  if (dialect === "sqlite") {
    const database = await openDatabase({ dataDir });
    return { database, dataDir, drop: async () => void (await database.close(), rmSync(dataDir, { recursive: true, force: true })) };
  }
  const name = `kaart_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl(process.env.PGDATABASE ?? "postgres") });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const databaseUrl = adminUrl(name);
  const database = await openDatabase({ dataDir, databaseUrl });
  return {
    database,
    dataDir,
    databaseUrl,
    async drop() {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl(process.env.PGDATABASE ?? "postgres") });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `suite` once per dialect, as `describe("<name> (<dialect>)")`, skipping PostgreSQL only where allowed. */
export async function forEachDialect(name: string, suite: (dialect: TestDialect) => void): Promise<void> {
  const { describe } = await import("node:test");
  for (const dialect of TEST_DIALECTS) describe(`${name} (${dialect})`, { skip: dialectSkip(dialect) }, () => suite(dialect));
}
