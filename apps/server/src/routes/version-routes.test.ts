import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

await forEachDialect("versions", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  let mapId: string;
  before(async () => {
    server = await startTestServer(dialect, { collab: true });
    owner = await signedIn(server, "owner@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "First title" })).body.id;
  });
  after(() => server.close());

  const rename = async (title: string) => {
    const doc = (await owner.send("GET", `/api/maps/${mapId}`)).body.document;
    assert.equal((await owner.send("PUT", `/api/maps/${mapId}/document`, { document: { ...doc, map: { ...doc.map, title } } })).status, 200);
  };

  it("saves named versions, lists them newest first and diffs them with core's diffMaps", async () => {
    const v1 = await owner.send("POST", `/api/maps/${mapId}/versions`, { name: "Before workshop" });
    assert.equal(v1.status, 201);
    assert.equal(v1.body.title, "First title");
    server.clock.advance(1000);
    await rename("Second title");
    const same = await owner.send("GET", `/api/maps/${mapId}/versions/${v1.body.id}`);
    assert.equal(same.body.document.map.title, "First title");
    const diff = await owner.send("GET", `/api/maps/${mapId}/versions/${v1.body.id}/diff`);
    assert.equal(diff.body.identical, false);
    assert.match(diff.body.text, /Second title/);
    server.clock.advance(1000);
    const v2 = await owner.send("POST", `/api/maps/${mapId}/versions`, { name: "After workshop" });
    const list = await owner.send("GET", `/api/maps/${mapId}/versions`);
    assert.deepEqual(list.body.map((v: { name: string }) => v.name), ["After workshop", "Before workshop"]);
    const between = await owner.send("GET", `/api/maps/${mapId}/versions/${v1.body.id}/diff?against=${v2.body.id}`);
    assert.match(between.body.text, /Second title/);
    const none = await owner.send("GET", `/api/maps/${mapId}/versions/${v2.body.id}/diff`);
    assert.equal(none.body.identical, true);
  });

  it("restores a version into the live map and records the restore as a new version", async () => {
    const [, first] = (await owner.send("GET", `/api/maps/${mapId}/versions`)).body;
    server.clock.advance(1000);
    const restored = await owner.send("POST", `/api/maps/${mapId}/versions/${first.id}/restore`);
    assert.equal(restored.status, 201);
    assert.equal(restored.body.name, "Restored: Before workshop");
    assert.equal((await owner.send("GET", `/api/maps/${mapId}`)).body.document.map.title, "First title");
    assert.equal((await owner.send("GET", `/api/maps/${mapId}/versions`)).body.length, 3);
  });

  it("does not find a version through another map", async () => {
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Other" })).body.id;
    const other = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Other" })).body.id;
    const [v] = (await owner.send("GET", `/api/maps/${mapId}/versions`)).body;
    assert.equal((await owner.send("GET", `/api/maps/${other}/versions/${v.id}`)).status, 404);
  });
});
