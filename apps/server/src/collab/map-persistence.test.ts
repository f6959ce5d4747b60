import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { readMapDocument } from "../maps/map-documents";
import { signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { acknowledged, collabClient, editDocument, eventually, type CollabClient } from "../testing/collab-client";

await forEachDialect("the debounced store of a live map", (dialect) => {
  let server: TestServer;
  let mapId: string;
  let token: string;
  const clients: CollabClient[] = [];
  before(async () => {
    server = await startTestServer(dialect, { collab: true });
    const owner = await signedIn(server, "owner@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Stored", templateId: "saas-onboarding" })).body.id;
    token = (await owner.send("POST", "/api/auth/tokens", { name: "t" })).body.token;
  });
  after(async () => {
    for (const c of clients) c.close();
    await server.close();
  });
  const db = () => server.ctx.database.db;
  const logLength = async () => (await db().selectFrom("map_updates").select("seq").where("map_id", "=", mapId).execute()).length;
  const row = () => db().selectFrom("maps").select(["title", "search_text"]).where("id", "=", mapId).executeTakeFirstOrThrow();

  it("rewrites the projections and takes an automatic version of the live map while the log stays short", async () => {
    const client = collabClient(server.url, mapId, { token });
    clients.push(client);
    await eventually(() => acknowledged(client), "client synced");
    editDocument(client, (d) => ({ ...d, map: { ...d.map, title: "Projected title" } }));
    await eventually(() => acknowledged(client), "edit acknowledged");
    await eventually(async () => (await row()).title === "Projected title", "the store rewrote the title column", 15_000);
    assert.match((await row()).search_text, /projected title/);
    const versions = await db().selectFrom("map_versions").select(["title", "name"]).where("map_id", "=", mapId).execute();
    assert.deepEqual(versions, [{ title: "Projected title", name: null }]);
    assert.ok((await logLength()) >= 2, "a short log is not folded while someone edits");
  });

  it("folds the whole log into the snapshot once the last client has left", async () => {
    for (const c of clients.splice(0)) c.close();
    await eventually(async () => (await logLength()) === 0, "the log was folded", 15_000);
    const snapshot = await db().selectFrom("map_snapshots").select("through_seq").where("map_id", "=", mapId).executeTakeFirst();
    assert.ok(snapshot && snapshot.through_seq > 0);
    assert.equal((await readMapDocument(db(), mapId)).map.title, "Projected title");
  });
});
