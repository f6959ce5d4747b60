import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { TINY_PNG, uploadFile } from "../testing/upload";

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, ...Buffer.from("JFIF")]);
const GIF = Uint8Array.from(Buffer.from("GIF89a\u0001\u0000\u0001\u0000"));
const WEBP = Uint8Array.from([...Buffer.from("RIFF"), 4, 0, 0, 0, ...Buffer.from("WEBPVP8 ")]);
const SVG = Uint8Array.from(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
const HTML_AS_PNG = Uint8Array.from(Buffer.from("<html><script>alert(1)</script></html>"));

await forEachDialect("workspace assets", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  let ws: string;
  const upload = (bytes: Uint8Array, name: string, opts?: { field?: string; type?: string }) => uploadFile(owner, `/api/workspaces/${ws}/assets`, bytes, name, opts);

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
  });
  after(() => server.close());

  it("stores a PNG under DATA_DIR/assets and serves it inert: sniffed type, nosniff, attachment, CSP default-src 'none'", async () => {
    const r = await upload(TINY_PNG, "Mia's photo.png", { type: "text/html" });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.contentType, "image/png", "the claimed type is ignored");
    assert.equal(r.body.size, TINY_PNG.length);
    assert.ok(existsSync(join(server.dataDir, "assets", r.body.id)));
    const res = await fetch(server.url + r.body.url, { headers: { cookie: `kaart_session=${owner.cookie}` } });
    assert.equal(res.status, 200);
    assert.deepEqual(new Uint8Array(await res.arrayBuffer()), TINY_PNG);
    assert.equal(res.headers.get("content-type"), "image/png");
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.match(res.headers.get("content-disposition") ?? "", /^attachment; filename="Mias-photo\.png"/);
    assert.match(res.headers.get("content-security-policy") ?? "", /^default-src 'none'/);
    const listed = (await owner.send("GET", `/api/workspaces/${ws}/assets`)).body;
    assert.equal(listed[0].id, r.body.id);
  });

  it("recognises JPEG, GIF and WebP by their bytes", async () => {
    assert.equal((await upload(JPEG, "a.bin")).body.contentType, "image/jpeg");
    assert.equal((await upload(GIF, "b")).body.contentType, "image/gif");
    assert.equal((await upload(WEBP, "c.png")).body.contentType, "image/webp");
  });

  it("refuses SVG, HTML named .png, oversized files, a wrong field and non-multipart bodies", async () => {
    assert.equal((await upload(SVG, "x.svg", { type: "image/svg+xml" })).body.error.code, "unsupported_format");
    assert.equal((await upload(HTML_AS_PNG, "x.png", { type: "image/png" })).body.error.code, "unsupported_format");
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(TINY_PNG);
    const tooBig = await upload(big, "big.png");
    assert.equal(tooBig.status, 413);
    assert.equal(tooBig.body.error.code, "payload_too_large");
    assert.equal((await upload(TINY_PNG, "p.png", { field: "photo" })).body.error.code, "invalid_request");
    assert.equal((await owner.send("POST", `/api/workspaces/${ws}/assets`, { file: "x" })).body.error.code, "unsupported_media_type");
  });

  it("is reachable only through its workspace: outsiders get 404, anonymous 401", async () => {
    const id = (await upload(TINY_PNG, "p.png")).body.id;
    const other = (await owner.send("POST", "/api/workspaces", { name: "Other" })).body.id;
    const token = (await owner.send("POST", `/api/workspaces/${other}/invitations`, { role: "owner" })).body.token;
    const outsider = await signedIn(server, "out@example.com", { invitationToken: token });
    assert.equal((await outsider.send("GET", `/api/assets/${id}`)).status, 404);
    assert.equal((await new Caller(server.url).send("GET", `/api/assets/${id}`)).status, 401);
    assert.equal((await owner.send("GET", "/api/assets/ast_AAAAAAAAAAAAAAAAAAAAAA")).status, 404);
  });
});
