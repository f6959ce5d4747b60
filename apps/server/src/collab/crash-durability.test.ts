import { after, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Caller } from "../testing/test-server";
import { forEachDialect, testDatabase, type TestDatabase } from "../testing/test-databases";
import { killHard, startServerProcess, type ServerProcess } from "../testing/server-process";
import { acknowledged, collabClient, documentOf, editDocument, eventually } from "../testing/collab-client";

await forEachDialect("an acknowledged edit survives SIGKILL", (dialect) => {
  let db: TestDatabase | undefined;
  const running: ServerProcess[] = [];
  after(async () => {
    for (const p of running) await killHard(p);
    await db?.drop();
  });

  it("is on disk once the provider reports it synced", async () => {
    db = await testDatabase(dialect);
    const env = { DATA_DIR: db.dataDir, ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}) };
    const first = await startServerProcess(env);
    running.push(first);
    assert.ok(first.demo, "the first start prints demo credentials");
    assert.ok(existsSync(join(db.dataDir, "secret")), "the secret is generated into DATA_DIR");

    const browser = new Caller(first.url);
    assert.equal((await browser.send("POST", "/api/auth/login", first.demo)).status, 200);
    const [workspace] = (await browser.send("GET", "/api/workspaces")).body;
    const maps = (await browser.send("GET", `/api/workspaces/${workspace.id}/maps`)).body;
    assert.equal(maps.length, 2, "the demo workspace has two example maps");
    const mapId = maps[0].id;
    const token = (await browser.send("POST", "/api/auth/tokens", { name: "t" })).body.token;

    const client = collabClient(first.url, mapId, { token });
    await eventually(() => acknowledged(client), "client synced");
    editDocument(client, (d) => ({ ...d, map: { ...d.map, title: "Survives a crash" } }));
    await eventually(() => acknowledged(client), "edit acknowledged");
    // Killed while the client is still connected: no disconnect or shutdown hook can save anything.
    client.stayDown();
    await killHard(first);
    client.close();

    const second = await startServerProcess(env);
    running.push(second);
    assert.equal(second.demo, undefined, "credentials are printed on the first start only");
    const again = new Caller(second.url);
    assert.equal((await again.send("POST", "/api/auth/login", first.demo)).status, 200);
    assert.equal((await again.send("GET", `/api/maps/${mapId}`)).body.document.map.title, "Survives a crash");
    const reader = collabClient(second.url, mapId, { token });
    await eventually(() => documentOf(reader)?.map.title === "Survives a crash", "a new client loads the edit");
    reader.close();
  });
});
