import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { CSRF_HEADER, SESSION_COOKIE, XLSX_MEDIA_TYPE } from "@kaart/contract";
import { writeGridXlsx } from "@kaart/export";
import { MAX_XLSX_IMPORT_BYTES, MAX_XLSX_IMPORT_UNZIPPED_BYTES } from "../features/xlsx-import";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { withCards } from "../testing/map-fixture";
import { zipArchive } from "../testing/zip-archive";

await forEachDialect("XLSX map import", (dialect) => {
  let server: TestServer;
  let editor: Caller & { userId: string };
  let viewer: Caller & { userId: string };
  let ws: string;
  let workbook: Uint8Array;

  /** Sends bytes as the raw body, with the caller's cookie and CSRF token. */
  const upload = async (who: Caller, bytes: Uint8Array | string, opts: { query?: string; type?: string } = {}) => {
    const headers: Record<string, string> = { "content-type": opts.type ?? XLSX_MEDIA_TYPE, cookie: `${SESSION_COOKIE}=${who.cookie}`, [CSRF_HEADER]: who.csrf ?? "" };
    const res = await fetch(`${server.url}/api/workspaces/${ws}/maps/import/xlsx${opts.query ?? ""}`, { method: "POST", headers, body: typeof bytes === "string" ? bytes : Buffer.from(bytes) });
    return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } & Record<string, never> & { id: string; title: string; stageNames: string[] } };
  };

  before(async () => {
    server = await startTestServer(dialect);
    editor = await signedIn(server, "owner@example.com");
    ws = (await editor.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    const token = (await editor.send("POST", `/api/workspaces/${ws}/invitations`, { role: "viewer" })).body.token;
    viewer = await signedIn(server, "vera@example.com", { invitationToken: token });
    const mapId = (await editor.send("POST", `/api/workspaces/${ws}/maps`, { title: "Source" })).body.id;
    const doc = withCards((await editor.send("GET", `/api/maps/${mapId}`)).body.document, [{ lane: "pains", step: 1, kind: "painPoint", title: "=Card fee surprise" }]);
    workbook = await writeGridXlsx(doc);
  });
  after(() => server.close());

  it("creates a map from a workbook sent as the body, titled by the query", async () => {
    const r = await upload(editor, workbook, { query: "?title=From%20Excel" });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.title, "From Excel");
    assert.deepEqual(r.body.stageNames, ["Buy"]);
    const doc = (await editor.send("GET", `/api/maps/${r.body.id}`)).body.document;
    assert.deepEqual(Object.values(doc.steps).map((s) => (s as { name: string }).name).sort(), ["Browse", "Pay"]);
    assert.ok(JSON.stringify(doc).includes("=Card fee surprise"), "the escaped formula comes back as text");
    const plain = await upload(editor, workbook, { type: "application/octet-stream" });
    assert.equal(plain.status, 201, "application/octet-stream is taken too");
  });

  it("refuses bytes that are not a workbook, and a corrupt one, as invalid_spreadsheet", async () => {
    const text = await upload(editor, "stage,step\nBuy,Pay\n");
    assert.equal(text.status, 422);
    assert.equal(text.body.error.code, "invalid_spreadsheet");
    const notXlsx = await upload(editor, zipArchive([{ name: "hello.txt", data: Buffer.from("hi") }]));
    assert.equal(notXlsx.body.error.code, "invalid_spreadsheet");
    const truncated = workbook.slice(0, Math.floor(workbook.length / 2));
    assert.equal((await upload(editor, truncated)).body.error.code, "invalid_spreadsheet");
  });

  it("refuses a zip bomb before unpacking it, and a body over the limit, as payload_too_large", async () => {
    const bomb = zipArchive([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(MAX_XLSX_IMPORT_UNZIPPED_BYTES + 1) }]);
    assert.ok(bomb.length < 1_000_000, "it packs small");
    const r = await upload(editor, bomb);
    assert.equal(r.status, 413);
    assert.equal(r.body.error.code, "payload_too_large");
    assert.match(r.body.error.message, /unpacks to/);
    const huge = await upload(editor, new Uint8Array(MAX_XLSX_IMPORT_BYTES + 1));
    assert.equal(huge.body.error.code, "payload_too_large");
  });

  it("needs the editor role and the workbook's own media type", async () => {
    assert.equal((await upload(viewer, workbook)).body.error.code, "forbidden");
    const json = await editor.send("POST", `/api/workspaces/${ws}/maps/import/xlsx`, { content: "x" });
    assert.equal(json.status, 415);
    assert.equal(json.body.error.code, "unsupported_media_type");
  });
});
