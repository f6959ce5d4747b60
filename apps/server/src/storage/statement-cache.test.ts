import { it } from "node:test";
import assert from "node:assert/strict";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { cachingStatements } from "./statement-cache";

function memory() {
  const sqlite = new SQLite(":memory:");
  sqlite.exec("create table t (id integer primary key, name text); insert into t (name) values ('a'), ('b'), ('c')");
  return sqlite;
}

it("compiles a statement once and runs it again with other parameters", () => {
  const db = cachingStatements(memory());
  const first = db.prepare("select name from t where id = ?");
  assert.equal(db.prepare("select name from t where id = ?"), first);
  assert.deepEqual(first.all([1]), [{ name: "a" }]);
  assert.deepEqual(db.prepare("select name from t where id = ?").all([3]), [{ name: "c" }]);
  db.close();
});

it("compiles a fresh statement while the cached one is still iterating", () => {
  const db = cachingStatements(memory());
  const query = "select name from t order by id";
  const names: string[] = [];
  for (const row of db.prepare(query).iterate([]) as Iterable<{ name: string }>) {
    names.push(row.name, ...(db.prepare(query).all([]) as { name: string }[]).map((r) => r.name.toUpperCase()));
  }
  assert.deepEqual(names.slice(0, 4), ["a", "A", "B", "C"]);
  db.close();
});

it("keeps at most `max` statements, dropping the least recently used", () => {
  const db = cachingStatements(memory(), 2);
  const one = db.prepare("select 1");
  const two = db.prepare("select 2");
  assert.equal(db.prepare("select 1"), one, "used again, so it is the most recent");
  db.prepare("select 3");
  assert.equal(db.prepare("select 1"), one);
  assert.notEqual(db.prepare("select 2"), two, "the least recently used was dropped and is compiled again");
  db.close();
});

it("serves Kysely, writes and transactions included", async () => {
  const db = new Kysely<{ t: { id: number; name: string } }>({ dialect: new SqliteDialect({ database: cachingStatements(memory()) }) });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("t").values({ id: 4, name: "d" }).execute();
    await trx.insertInto("t").values({ id: 5, name: "e" }).execute();
  });
  for (const id of [1, 4, 5]) assert.equal((await db.selectFrom("t").select("name").where("id", "=", id).executeTakeFirstOrThrow()).name, "abcde"[id - 1]);
  assert.equal((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0]!.n, 5);
  await db.destroy();
});
