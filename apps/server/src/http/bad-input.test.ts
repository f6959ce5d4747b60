import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

await forEachDialect("bad input", (dialect) => {
  let server: TestServer;
  let user: Caller;
  let ws: string;
  before(async () => {
    server = await startTestServer(dialect);
    user = await signedIn(server, "u@example.com");
    ws = (await user.send("POST", "/api/workspaces", { name: "W" })).body.id;
  });
  after(() => server.close());

  const code = async (method: string, path: string, body?: unknown, opts?: Parameters<Caller["send"]>[3]) => {
    const r = await user.send(method, path, body, opts);
    return `${r.status} ${r.body?.error?.code}`;
  };

  it("answers malformed JSON with malformed_json", async () => {
    assert.equal(await code("POST", "/api/workspaces", undefined, { raw: '{"name": "W"' }), "400 malformed_json");
    assert.equal(await code("POST", "/api/workspaces", undefined, { raw: "" }), "400 malformed_json");
  });

  it("answers wrong types and unknown fields with invalid_request naming the field", async () => {
    const r = await user.send("POST", "/api/workspaces", { name: 42 });
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, "invalid_request");
    assert.equal(r.body.error.issues[0].path, "body/name");
    assert.equal(await code("POST", "/api/workspaces", { name: "W", admin: true }), "400 invalid_request");
    assert.equal(await code("POST", "/api/workspaces", [1, 2]), "400 invalid_request");
  });

  it("refuses oversize bodies with 413 and other media types with 415", async () => {
    assert.equal(await code("POST", "/api/workspaces", { name: "x".repeat(2 * 1024 * 1024) }), "413 payload_too_large");
    assert.equal(await code("POST", "/api/workspaces", undefined, { raw: "name=W", headers: { "content-type": "application/x-www-form-urlencoded" } }), "415 unsupported_media_type");
  });

  it("refuses invalid ids and unknown routes with a code", async () => {
    assert.equal(await code("GET", "/api/maps/not-a-map-id"), "400 invalid_request");
    assert.equal(await code("GET", "/api/maps/map:abc%00def"), "400 invalid_request");
    assert.equal(await code("GET", "/api/workspaces/ws_../maps"), "400 invalid_request");
    assert.equal(await code("GET", "/api/maps/map:doesnotexist"), "404 not_found");
    assert.equal(await code("GET", "/api/nothing-here"), "404 not_found");
  });

  it("refuses NUL in text, and stores RTL, emoji and HTML as literal text", async () => {
    assert.equal(await code("POST", "/api/workspaces", { name: "a\u0000b" }), "400 invalid_request");
    const name = "<script>alert(1)</script> سفر مشتری 👩‍👩‍👧 \u202Eevil";
    const r = await user.send("POST", "/api/workspaces", { name });
    assert.equal(r.status, 201);
    assert.equal((await user.send("GET", `/api/workspaces/${r.body.id}`)).body.name, name);
    const map = await user.send("POST", `/api/workspaces/${ws}/maps`, { title: name });
    assert.equal((await user.send("GET", `/api/maps/${map.body.id}`)).body.document.map.title, name);
  });

  it("keeps serving after all of the above", async () => {
    assert.equal((await user.send("GET", "/api/health")).body.status, "ok");
  });
});
