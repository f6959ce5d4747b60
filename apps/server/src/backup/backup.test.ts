import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../app";
import { manualClock } from "../clock";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect, testDatabase, type TestDatabase } from "../testing/test-databases";
import { TINY_PNG, uploadFile } from "../testing/upload";
import { restoreBackup } from "./restore-backup";
import { writeBackup } from "./write-backup";

await forEachDialect("backup and restore", (dialect) => {
  let server: TestServer;
  let target: TestDatabase;
  const folder = mkdtempSync(join(tmpdir(), "kaart-backup-"));
  const file = join(folder, "instance.backup.gz");
  let mapId: string;
  let assetId: string;

  before(async () => {
    server = await startTestServer(dialect);
    const owner = await signedIn(server, "owner@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Checkout ✓" })).body.id;
    const doc = (await owner.send("GET", `/api/maps/${encodeURIComponent(mapId)}`)).body.document;
    doc.map.description = "Edited after creation";
    await owner.send("PUT", `/api/maps/${encodeURIComponent(mapId)}/document`, { document: doc });
    assetId = (await uploadFile(owner, `/api/workspaces/${ws}/assets`, TINY_PNG, "photo.png")).body.id;
    target = await testDatabase(dialect);
  });
  after(async () => {
    await server.close();
    await target.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("restores into a fresh DATA_DIR and database: the map, its edits, the user and the uploaded file come back", async () => {
    const written = await writeBackup(server.ctx.database, server.dataDir, file, "2026-01-01T00:00:00.000Z");
    assert.ok(written.rows > 5);
    assert.equal(written.files, 1, "the asset (the test server's secret is not a file)");
    const restored = await restoreBackup(target.database, target.dataDir, file);
    assert.deepEqual(restored, written);

    const { app } = await buildApp({ database: target.database, clock: manualClock(), secret: "test-secret-test-secret-test-secret-0123", publicUrl: "http://127.0.0.1", webDist: "/nonexistent", assets: { dir: join(target.dataDir, "assets") } });
    await app.listen({ host: "127.0.0.1", port: 0 });
    try {
      const address = app.server.address();
      const c = new Caller(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
      assert.equal((await c.send("POST", "/api/auth/login", { email: "owner@example.com", password: "correct horse battery" })).status, 200);
      const map = (await c.send("GET", `/api/maps/${encodeURIComponent(mapId)}`)).body;
      assert.equal(map.summary.title, "Checkout ✓");
      assert.equal(map.document.map.description, "Edited after creation");
      const png = await fetch(`${c.baseUrl}/api/assets/${assetId}`, { headers: { cookie: `kaart_session=${c.cookie}` } });
      assert.deepEqual(new Uint8Array(await png.arrayBuffer()), TINY_PNG);
      const ws = (await c.send("GET", "/api/workspaces")).body[0].id;
      const created = await c.send("POST", `/api/workspaces/${ws}/maps`, { title: "After restore" });
      assert.equal(created.status, 201, "sequences continue after the restored rows");
      const again = await c.send("PUT", `/api/maps/${encodeURIComponent(created.body.id)}/document`, { document: (await c.send("GET", `/api/maps/${encodeURIComponent(created.body.id)}`)).body.document });
      assert.equal(again.status, 200);
    } finally {
      await app.close();
    }
  });

  it("refuses to restore over an instance that holds data", async () => {
    await assert.rejects(restoreBackup(server.ctx.database, server.dataDir, file), /not empty/);
  });
});
