import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

await forEachDialect("GET /api/maps/:id from cached JSON bytes, with ETag and 304", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  let ws: string;
  let mapId: string;
  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Cached", templateId: "saas-onboarding" })).body.id;
  });
  after(() => server.close());

  it("answers the same JSON twice and 304 with no body to a matching If-None-Match", async () => {
    const first = await owner.send("GET", `/api/maps/${mapId}`);
    const second = await owner.send("GET", `/api/maps/${mapId}`);
    assert.equal(first.status, 200);
    assert.match(first.headers.get("content-type") ?? "", /^application\/json/);
    assert.deepEqual(second.body, first.body);
    assert.equal(first.body.document.map.title, "Cached");
    const etag = first.headers.get("etag")!;
    assert.match(etag, /^"[\w.-]+"$/);
    assert.equal(first.headers.get("cache-control"), "private, no-cache");
    for (const held of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await owner.send("GET", `/api/maps/${mapId}`, undefined, { headers: { "if-none-match": held } });
      assert.equal(again.status, 304, held);
      assert.equal(again.body, "");
    }
    assert.equal((await owner.send("GET", `/api/maps/${mapId}`, undefined, { headers: { "if-none-match": '"other"' } })).status, 200);
  });

  it("changes the ETag and the body when the document changes", async () => {
    const before = await owner.send("GET", `/api/maps/${mapId}`);
    const document = { ...before.body.document, map: { ...before.body.document.map, title: "Renamed" } };
    assert.equal((await owner.send("PUT", `/api/maps/${mapId}/document`, { document })).status, 200);
    const after = await owner.send("GET", `/api/maps/${mapId}`, undefined, { headers: { "if-none-match": before.headers.get("etag")! } });
    assert.equal(after.status, 200);
    assert.equal(after.body.document.map.title, "Renamed");
    assert.equal(after.body.summary.title, "Renamed");
    assert.notEqual(after.headers.get("etag"), before.headers.get("etag"));
  });

  it("changes the ETag when only the summary changes (archived)", async () => {
    const before = await owner.send("GET", `/api/maps/${mapId}`);
    assert.equal((await owner.send("POST", `/api/maps/${mapId}/archive`)).status, 200);
    const after = await owner.send("GET", `/api/maps/${mapId}`, undefined, { headers: { "if-none-match": before.headers.get("etag")! } });
    assert.equal(after.status, 200);
    assert.equal(after.body.summary.archived, true);
    assert.deepEqual(after.body.document, before.body.document);
    assert.notEqual(after.headers.get("etag"), before.headers.get("etag"));
  });

  it("authorizes before answering 304: a removed member gets 404 even with the ETag", async () => {
    const invitation = (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role: "viewer" })).body.token;
    const viewer = await signedIn(server, "viewer@example.com", { invitationToken: invitation });
    const seen = await viewer.send("GET", `/api/maps/${mapId}`);
    assert.equal(seen.status, 200);
    assert.equal((await owner.send("DELETE", `/api/workspaces/${ws}/members/${viewer.userId}`)).status, 200);
    const refused = await viewer.send("GET", `/api/maps/${mapId}`, undefined, { headers: { "if-none-match": seen.headers.get("etag")! } });
    assert.equal(refused.status, 404);
    assert.equal(refused.body.error.code, "not_found");
  });
});
