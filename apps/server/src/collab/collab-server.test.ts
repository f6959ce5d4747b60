import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import WebSocket from "ws";
import { readMapDocument } from "../maps/map-documents";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { acknowledged, collabClient, documentOf, editDocument, eventually, type CollabClient } from "../testing/collab-client";

await forEachDialect("collaboration", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  let mapId: string;
  const tokens: Record<string, string> = {};
  const clients: CollabClient[] = [];
  const open = (auth: Parameters<typeof collabClient>[2]) => {
    const c = collabClient(server.url, mapId, auth);
    clients.push(c);
    return c;
  };

  before(async () => {
    server = await startTestServer(dialect, { collab: true });
    owner = await signedIn(server, "owner@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Live" })).body.id;
    tokens.owner = (await owner.send("POST", "/api/auth/tokens", { name: "t" })).body.token;
    for (const role of ["viewer", "editor"]) {
      const inv = (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role })).body.token;
      const member = await signedIn(server, `${role}@example.com`, { invitationToken: inv });
      tokens[role] = (await member.send("POST", "/api/auth/tokens", { name: "t" })).body.token;
    }
  });
  after(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  it("stores an edit before acknowledging it, and two clients converge", async () => {
    const a = open({ token: tokens.owner });
    const b = open({ token: tokens.editor });
    await eventually(() => acknowledged(a) && acknowledged(b), "both clients synced");
    editDocument(a, (d) => ({ ...d, map: { ...d.map, title: "Edited by A" } }));
    await eventually(() => acknowledged(a), "A's edit acknowledged");
    assert.equal((await readMapDocument(server.ctx.database.db, mapId)).map.title, "Edited by A");
    await eventually(() => documentOf(b)?.map.title === "Edited by A", "B sees A's edit");
    editDocument(b, (d) => ({ ...d, map: { ...d.map, tags: ["from-b"] } }));
    await eventually(() => JSON.stringify(documentOf(a)?.map.tags) === '["from-b"]', "A sees B's edit");
  });

  it("gives viewers a read-only connection", async () => {
    const viewer = open({ token: tokens.viewer });
    await eventually(() => acknowledged(viewer), "viewer synced");
    const before = (await readMapDocument(server.ctx.database.db, mapId)).map.title;
    const received = viewer.messages.count;
    editDocument(viewer, (d) => ({ ...d, map: { ...d.map, title: "Viewer was here" } }));
    await eventually(() => viewer.messages.count > received, "the server answered the viewer");
    assert.equal(viewer.provider.hasUnsyncedChanges, true);
    assert.equal((await readMapDocument(server.ctx.database.db, mapId)).map.title, before);
    const watcher = open({ token: tokens.owner });
    await eventually(() => acknowledged(watcher), "watcher synced");
    assert.equal(documentOf(watcher)?.map.title, before);
  });

  it("rejects an update that breaks the document, with a named reason, and does not broadcast it", async () => {
    const editor = open({ token: tokens.editor });
    const watcher = open({ token: tokens.owner });
    await eventually(() => acknowledged(editor) && acknowledged(watcher), "clients synced");
    const kind = documentOf(watcher)?.map.kind;
    editDocument(editor, (d) => ({ ...d, map: { ...d.map, kind: "nonsense" as typeof d.map.kind } }));
    await eventually(() => editor.closes.some((c) => c.reason.startsWith("invalid_update")), "the editor's connection closed");
    assert.equal((await readMapDocument(server.ctx.database.db, mapId)).map.kind, kind);
    assert.equal(documentOf(watcher)?.map.kind, kind);
  });

  it("refuses strangers and other origins", async () => {
    const stranger = open({ token: "kaart_" + "x".repeat(43) });
    await eventually(() => stranger.authFailures.length > 0, "authentication refused");
    const elsewhere = new WebSocket(`${server.url.replace(/^http/, "ws")}/collab`, { headers: { origin: "https://evil.example" } });
    const code = await new Promise<number>((done) => elsewhere.on("close", (c) => done(c)));
    assert.equal(code, 4403);
  });

  it("closes the sockets opened with an API token when the token is revoked", async () => {
    const created = (await owner.send("POST", "/api/auth/tokens", { name: "short-lived" })).body;
    const client = open({ token: created.token });
    await eventually(() => acknowledged(client), "token client synced");
    assert.equal((await owner.send("DELETE", `/api/auth/tokens/${created.id}`)).status, 200);
    await eventually(() => client.closes.some((c) => c.reason.startsWith("access_ended")), "socket closed after revocation");
  });

  it("closes the sockets of a session when it logs out", async () => {
    const browser = new (owner.constructor as typeof Caller)(server.url);
    await browser.send("POST", "/api/auth/login", { email: "owner@example.com", password: "correct horse battery" });
    const client = open({ cookie: browser.cookie });
    await eventually(() => acknowledged(client), "cookie client synced");
    await browser.send("POST", "/api/auth/logout");
    await eventually(() => client.closes.some((c) => c.reason.startsWith("access_ended")), "socket closed after log-out");
  });
});
