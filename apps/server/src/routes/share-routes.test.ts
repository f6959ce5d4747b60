import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

await forEachDialect("share links", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  let mapId: string;
  const stranger = () => new Caller(server.url);
  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Shared journey" })).body.id;
  });
  after(() => server.close());

  it("opens a map read-only for anybody with the link, until revoked", async () => {
    const link = await owner.send("POST", `/api/maps/${mapId}/share-links`, {});
    assert.equal(link.status, 201);
    assert.ok(Buffer.from(link.body.token, "base64url").length >= 16, "at least 128 bits");
    assert.ok(link.body.url.endsWith(`/shared/${link.body.token}`));
    const opened = await stranger().send("POST", `/api/shared/${link.body.token}`, {});
    assert.equal(opened.status, 200);
    assert.equal(opened.body.document.map.title, "Shared journey");
    assert.equal((await stranger().send("GET", `/api/maps/${mapId}`)).status, 401);
    assert.deepEqual((await owner.send("GET", `/api/maps/${mapId}/share-links`)).body.map((l: { id: string }) => l.id), [link.body.id]);
    assert.equal((await owner.send("DELETE", `/api/maps/${mapId}/share-links/${link.body.id}`)).status, 200);
    assert.equal((await stranger().send("POST", `/api/shared/${link.body.token}`, {})).status, 404);
  });

  it("asks for the password and limits wrong attempts", async () => {
    const link = (await owner.send("POST", `/api/maps/${mapId}/share-links`, { password: "open sesame" })).body;
    assert.equal(link.hasPassword, true);
    assert.equal((await stranger().send("POST", `/api/shared/${link.token}`, {})).body.error.code, "invalid_credentials");
    for (let i = 0; i < 4; i++) await stranger().send("POST", `/api/shared/${link.token}`, { password: "guess" + i });
    const limited = await stranger().send("POST", `/api/shared/${link.token}`, { password: "open sesame" });
    assert.equal(limited.body.error.code, "rate_limited");
    server.clock.advance(16 * 60_000);
    assert.equal((await stranger().send("POST", `/api/shared/${link.token}`, { password: "open sesame" })).status, 200);
  });

  it("expires", async () => {
    const link = (await owner.send("POST", `/api/maps/${mapId}/share-links`, { expiresInDays: 1 })).body;
    assert.equal((await stranger().send("POST", `/api/shared/${link.token}`, {})).status, 200);
    server.clock.advance(2 * 86_400_000);
    assert.equal((await stranger().send("POST", `/api/shared/${link.token}`, {})).status, 404);
    assert.equal((await stranger().send("POST", "/api/shared/not-a-real-token-but-long-enough", {})).status, 404);
  });
});
