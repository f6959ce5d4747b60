import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import * as Y from "yjs";
import { openDatabase } from "./open-database";
import { migrationProvider } from "./migrations";
import { appendUpdate, compactUpdates, loadState } from "./map-updates";
import { forEachDialect, testDatabase, type TestDatabase } from "../testing/test-databases";

await forEachDialect("storage", (dialect) => {
  let t: TestDatabase;
  before(async () => void (t = await testDatabase(dialect)));
  after(() => t.drop());

  it("migrates once and is a no-op on the next start", async () => {
    const again = await openDatabase({ dataDir: t.dataDir, databaseUrl: t.databaseUrl });
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(again.db);
    // Every migration the code has, each once, in key order (several ranges of keys: 0001…, 0100…, 0200…).
    assert.deepEqual(rows.rows.map((r) => r.name), Object.keys(await migrationProvider(dialect).getMigrations()).sort());
    await again.close();
  });

  if (dialect === "sqlite") {
    it("runs SQLite in WAL mode", async () => {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.database.db);
      assert.equal(mode.rows[0]?.journal_mode, "wal");
    });
  }

  it("keeps a map's state through appends and compaction, byte for byte", async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 5; i++) doc.getMap("m").set(`k${i}`, `v${i} ✓ سلام`);
    for (const u of updates) await appendUpdate(t.database.db, "map:one", u, "2026-01-01T00:00:00Z");
    const read = () => loadState(t.database.db, "map:one").then(({ state, pending }) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, state);
      return { json: copy.getMap("m").toJSON(), pending };
    });
    const before = await read();
    assert.equal(before.pending, 5);
    assert.deepEqual(before.json, doc.getMap("m").toJSON());
    assert.equal(await compactUpdates(t.database.db, "map:one", "2026-01-01T00:00:01Z"), 5);
    const after = await read();
    assert.equal(after.pending, 0);
    assert.deepEqual(after.json, before.json);
    doc.getMap("m").set("late", 1);
    await appendUpdate(t.database.db, "map:one", updates.at(-1)!, "2026-01-01T00:00:02Z");
    assert.equal((await read()).json.late, 1);
    assert.equal((await loadState(t.database.db, "map:other")).pending, 0);
  });

  it("leaves a log shorter than minUpdates as it is, and folds it once it is that long", async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 3; i++) doc.getMap("m").set(`k${i}`, i);
    for (const u of updates) await appendUpdate(t.database.db, "map:short", u, "2026-01-01T00:00:00Z");
    assert.equal(await compactUpdates(t.database.db, "map:short", "2026-01-01T00:00:01Z", { minUpdates: 4 }), 0);
    assert.equal((await loadState(t.database.db, "map:short")).pending, 3);
    assert.equal(await compactUpdates(t.database.db, "map:short", "2026-01-01T00:00:01Z", { minUpdates: 3 }), 3);
    assert.equal((await loadState(t.database.db, "map:short")).pending, 0);
  });
});
