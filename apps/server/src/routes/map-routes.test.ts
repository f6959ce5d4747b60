import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { listTemplates } from "@kaart/core";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

await forEachDialect("workspaces and maps", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  let ws: string;
  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
  });
  after(() => server.close());

  it("creates a blank map and reads its document back", async () => {
    const created = await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Checkout Zebra", lang: "lv" });
    assert.equal(created.status, 201);
    assert.match(created.body.id, /^map:/);
    const got = await owner.send("GET", `/api/maps/${created.body.id}`);
    assert.equal(got.body.document.map.title, "Checkout Zebra");
    assert.equal(got.body.document.map.sourceLocale, "lv");
    assert.deepEqual(got.body.summary.stageNames, []);
  });

  it("creates a map from a template with its stages and personas", async () => {
    const template = listTemplates("en")[0]!;
    const created = await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Onboarding", templateId: template.id, lang: "cs" });
    assert.equal(created.status, 201);
    assert.ok(created.body.stageNames.length > 0);
    const doc = (await owner.send("GET", `/api/maps/${created.body.id}`)).body.document;
    assert.equal(doc.map.sourceLocale, "cs");
    assert.equal(doc.map.title, "Onboarding");
    assert.ok(Object.keys(doc.stages).length > 0);
    const unknown = await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "X", templateId: "no-such-template" });
    assert.equal(unknown.body.error.code, "not_found");
  });

  it("searches titles, tags and content, escaping LIKE wildcards", async () => {
    const all = await owner.send("GET", `/api/workspaces/${ws}/maps`);
    assert.equal(all.body.length, 2);
    const byTitle = await owner.send("GET", `/api/workspaces/${ws}/maps?q=ZEBR`);
    assert.deepEqual(byTitle.body.map((m: { title: string }) => m.title), ["Checkout Zebra"]);
    const template = (await owner.send("GET", `/api/workspaces/${ws}/maps?q=onboarding`)).body[0];
    const stage = template.stageNames[0] as string;
    const byStage = await owner.send("GET", `/api/workspaces/${ws}/maps?q=${encodeURIComponent(stage.toUpperCase())}`);
    assert.ok(byStage.body.some((m: { id: string }) => m.id === template.id));
    assert.equal((await owner.send("GET", `/api/workspaces/${ws}/maps?q=%25`)).body.length, 0);
  });

  it("replaces a document, refusing invalid ones with pointers", async () => {
    const map = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Draft" })).body;
    const doc = (await owner.send("GET", `/api/maps/${map.id}`)).body.document;
    doc.map.title = "<b>Renamed</b> مسیر 🚗";
    doc.map.tags = ["b2b"];
    const ok = await owner.send("PUT", `/api/maps/${map.id}/document`, { document: doc });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.title, "<b>Renamed</b> مسیر 🚗");
    assert.deepEqual(ok.body.tags, ["b2b"]);
    assert.equal((await owner.send("GET", `/api/workspaces/${ws}/maps?q=b2b`)).body.length, 1);
    doc.map.kind = "nonsense";
    const bad = await owner.send("PUT", `/api/maps/${map.id}/document`, { document: doc });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.error.code, "invalid_document");
    assert.ok(bad.body.error.issues.some((i: { path: string }) => i.path === "/map/kind"));
  });

  it("duplicates, archives, bins and restores maps", async () => {
    const map = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Original" })).body;
    const copy = await owner.send("POST", `/api/maps/${map.id}/duplicate`, {});
    assert.equal(copy.status, 201);
    assert.notEqual(copy.body.id, map.id);
    assert.equal(copy.body.title, "Original (copy)");
    assert.equal((await owner.send("GET", `/api/maps/${copy.body.id}`)).body.document.map.derivedFrom.mapId, map.id);

    assert.equal((await owner.send("POST", `/api/maps/${map.id}/archive`)).body.archived, true);
    const active = (await owner.send("GET", `/api/workspaces/${ws}/maps`)).body.map((m: { id: string }) => m.id);
    assert.ok(!active.includes(map.id));
    assert.ok((await owner.send("GET", `/api/workspaces/${ws}/maps?include=archived`)).body.some((m: { id: string }) => m.id === map.id));
    await owner.send("POST", `/api/maps/${map.id}/unarchive`);

    assert.equal((await owner.send("DELETE", `/api/maps/${map.id}`)).body.deleted, true);
    assert.equal((await owner.send("GET", `/api/maps/${map.id}`)).status, 404);
    assert.ok((await owner.send("GET", `/api/workspaces/${ws}/maps?include=deleted`)).body.some((m: { id: string }) => m.id === map.id));
    assert.equal((await owner.send("POST", `/api/maps/${map.id}/restore`)).body.deleted, false);
    assert.equal((await owner.send("GET", `/api/maps/${map.id}`)).status, 200);
  });

  it("invites by link with a role; the invitee gets that role, the link works once", async () => {
    const inv = await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role: "viewer" });
    assert.equal(inv.status, 201);
    assert.ok(inv.body.url.endsWith(inv.body.token));
    const viewer = await signedIn(server, "viewer@example.com", { invitationToken: inv.body.token });
    const seen = await viewer.send("GET", `/api/workspaces/${ws}`);
    assert.equal(seen.body.role, "viewer");
    assert.equal((await viewer.send("POST", `/api/workspaces/${ws}/maps`, { title: "No" })).body.error.code, "forbidden");
    const again = await viewer.send("POST", `/api/invitations/${inv.body.token}/accept`);
    assert.equal(again.body.error.code, "invitation_used");
    const members = await owner.send("GET", `/api/workspaces/${ws}/members`);
    assert.deepEqual(members.body.map((m: { role: string }) => m.role).sort(), ["owner", "viewer"]);
    assert.equal((await owner.send("PATCH", `/api/workspaces/${ws}/members/${owner.userId}`, { role: "viewer" })).body.error.code, "conflict");
    assert.equal((await owner.send("DELETE", `/api/workspaces/${ws}/members/${viewer.userId}`)).status, 200);
    assert.equal((await viewer.send("GET", `/api/workspaces/${ws}`)).status, 404);
  });

  it("exports a map as a download named after its title", async () => {
    const map = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: 'Quote " and / slash' })).body;
    const res = await owner.send("GET", `/api/maps/${map.id}/export?format=json`);
    assert.equal(res.status, 200);
    assert.equal(res.body.map.title, 'Quote " and / slash');
    const disposition = res.headers.get("content-disposition") ?? "";
    assert.match(disposition, /^attachment; filename="Quote-and-slash\.kaart\.json"; filename\*=UTF-8''Quote%20%22%20and%20%2F%20slash\.kaart\.json$/);
    assert.equal((await owner.send("GET", `/api/maps/${map.id}/export?format=docx`)).body.error.code, "invalid_request");
  });

  it("exports every format with its content type", async () => {
    const template = listTemplates("en")[0]!;
    const map = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Formats", templateId: template.id })).body;
    const magic: Record<string, (b: Buffer) => boolean> = {
      svg: (b) => b.toString("utf8").includes("<svg"),
      png: (b) => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      pdf: (b) => b.subarray(0, 5).toString() === "%PDF-",
      xlsx: (b) => b.subarray(0, 2).toString() === "PK",
      yaml: (b) => b.toString("utf8").includes("kaart.journey"),
      csv: (b) => b.length > 0,
      mmd: (b) => b.toString("utf8").includes("journey"),
      md: (b) => b.toString("utf8").includes("Formats"),
    };
    for (const [format, looksRight] of Object.entries(magic)) {
      const res = await fetch(`${server.url}/api/maps/${encodeURIComponent(map.id)}/export?format=${format}`, { headers: { cookie: `kaart_session=${owner.cookie}` } });
      assert.equal(res.status, 200, format);
      assert.ok(looksRight(Buffer.from(await res.arrayBuffer())), `${format} content`);
      assert.match(res.headers.get("content-disposition") ?? "", /^attachment; /);
    }
  });
});
