import { sql } from "kysely";
import type { Database } from "../storage/open-database";

/** Kysely's own bookkeeping is recreated by migrations, never copied. */
const SKIPPED = /^kysely_/;

/** Tables of the instance (Kysely's bookkeeping left out), each with the tables it references. */
async function references(database: Database): Promise<Map<string, Set<string>>> {
  const tables = (await database.db.introspection.getTables()).map((t) => t.name).filter((n) => !SKIPPED.test(n));
  const refs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const table of tables) {
    const rows =
      database.dialect === "sqlite"
        ? (await sql<{ ref: string }>`select "table" as ref from pragma_foreign_key_list(${table})`.execute(database.db)).rows
        : (
            await sql<{ ref: string }>`select ccu.table_name as ref from information_schema.table_constraints tc
              join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
              where tc.constraint_type = 'FOREIGN KEY' and tc.table_name = ${table} and tc.table_schema = current_schema()`.execute(database.db)
          ).rows;
    for (const { ref } of rows) if (ref !== table && refs.has(ref)) refs.get(table)!.add(ref);
  }
  return refs;
}

/**
 * Every table, referenced tables before the tables that reference them, so rows can be inserted in
 * this order with foreign keys enforced. Ties are alphabetical, so two dumps of one instance agree.
 */
export async function tablesInDependencyOrder(database: Database): Promise<string[]> {
  const refs = await references(database);
  const done: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (done.includes(t) || path.has(t)) return;
    path.add(t);
    for (const r of [...refs.get(t)!].sort()) visit(r, path);
    done.push(t);
  };
  for (const t of [...refs.keys()].sort()) visit(t, new Set());
  return done;
}
