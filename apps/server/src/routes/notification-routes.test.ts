import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import type { Notification } from "@kaart/contract";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

type List = { unread: number; items: Notification[] };

await forEachDialect("notifications", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  let ws: string;
  const list = async (c: Caller, q = "") => (await c.send<List>("GET", `/api/notifications${q}`)).body;

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
  });
  after(() => server.close());

  it("tells the maker of an invitation who joined with it, and not the one who joined", async () => {
    const token = (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role: "editor" })).body.token;
    const ada = await signedIn(server, "ada@example.com", { invitationToken: token });
    const mine = await list(owner);
    assert.equal(mine.unread, 1);
    assert.equal(mine.items[0]!.kind, "member.joined");
    assert.deepEqual(mine.items[0]!.detail, { userId: ada.userId, name: "ada", email: "ada@example.com", role: "editor", workspace: "Team" });
    assert.equal((await list(ada)).unread, 0);
  });

  it("adds repeated openings of a share link into one unread notification, and starts a new one once read", async () => {
    const mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Checkout" })).body.id;
    const link = (await owner.send("POST", `/api/maps/${encodeURIComponent(mapId)}/share-links`, {})).body;
    const visitor = new Caller(server.url);
    for (let i = 0; i < 3; i++) assert.equal((await visitor.send("POST", `/api/shared/${link.token}`, {})).status, 200);
    const opened = (await list(owner)).items.filter((n) => n.kind === "share_link.opened");
    assert.equal(opened.length, 1);
    assert.equal(opened[0]!.count, 3);
    assert.deepEqual(opened[0]!.detail, { mapId, title: "Checkout" });

    const r = await owner.send("POST", "/api/notifications/read", { ids: [opened[0]!.id] });
    assert.equal(r.body.unread, 1, "the invitation notification is still unread");
    await visitor.send("POST", `/api/shared/${link.token}`, {});
    const again = (await list(owner, "?unread=true")).items.filter((n) => n.kind === "share_link.opened");
    assert.equal(again.length, 1);
    assert.equal(again[0]!.count, 1);
    assert.notEqual(again[0]!.id, opened[0]!.id);
  });

  it("marks everything read without ids, and only the caller's own notifications", async () => {
    const token = (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role: "viewer" })).body.token;
    const bob = await signedIn(server, "bob@example.com", { invitationToken: token });
    const ownersIds = (await list(owner)).items.map((n) => n.id);
    assert.equal((await bob.send("POST", "/api/notifications/read", { ids: ownersIds })).body.unread, 0);
    assert.ok((await list(owner)).unread > 0, "bob cannot mark the owner's notifications");
    assert.equal((await owner.send("POST", "/api/notifications/read", {})).body.unread, 0);
    assert.ok((await list(owner)).items.every((n) => n.read));
  });
});
