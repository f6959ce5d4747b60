import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import type { AuditEvent } from "@kaart/contract";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

await forEachDialect("GET /api/workspaces/:id/audit", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  const PASSWORD = "correct horse battery";
  let ws: string;
  const audit = async (query = "") => (await owner.send<AuditEvent[]>("GET", `/api/workspaces/${ws}/audit${query}`)).body;

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
  });
  after(() => server.close());

  it("records joining by invitation, role changes and removal with who, whom and when", async () => {
    server.clock.advance(3_600_000);
    const at = server.clock.now().toISOString();
    const invitation = (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role: "viewer" })).body;
    const ada = await signedIn(server, "ada@example.com", { invitationToken: invitation.token });
    await owner.send("PATCH", `/api/workspaces/${ws}/members/${ada.userId}`, { role: "editor" });
    await owner.send("DELETE", `/api/workspaces/${ws}/members/${ada.userId}`);
    const events = (await audit()).filter((e) => e.action.startsWith("member.") || e.action.startsWith("invitation."));
    assert.deepEqual(events.map((e) => e.action), ["member.removed", "member.role_changed", "member.joined", "invitation.created"]);
    const [removed, changed, joined, invited] = events;
    assert.equal(removed!.actor?.email, "owner@example.com");
    assert.deepEqual(removed!.target, { type: "user", id: ada.userId });
    assert.deepEqual(changed!.detail, { from: "viewer", to: "editor" });
    assert.equal(joined!.actor?.userId, ada.userId);
    assert.deepEqual(invited!.target, { type: "invitation", id: invitation.id });
    assert.equal(invited!.at, at);
  });

  it("records deleting, restoring and archiving maps with their titles", async () => {
    const mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Checkout" })).body.id;
    const enc = encodeURIComponent(mapId);
    await owner.send("DELETE", `/api/maps/${enc}`);
    await owner.send("POST", `/api/maps/${enc}/restore`);
    await owner.send("POST", `/api/maps/${enc}/archive`);
    const events = (await audit()).filter((e) => e.target?.id === mapId);
    assert.deepEqual(events.map((e) => e.action), ["map.archived", "map.restored", "map.deleted"]);
    assert.deepEqual(events[0]!.detail, { title: "Checkout" });
  });

  it("shows the sign-ins of current members only, filters by action and pages with before", async () => {
    const other = await new Caller(server.url).send("POST", "/api/auth/login", { email: "ada@example.com", password: PASSWORD });
    assert.equal(other.status, 200);
    await new Caller(server.url).send("POST", "/api/auth/login", { email: "owner@example.com", password: PASSWORD });
    const logins = await audit("?action=auth.login");
    assert.ok(logins.length >= 1);
    assert.ok(logins.every((e) => e.action === "auth.login" && e.actor?.email === "owner@example.com"), "ada left the workspace: her sign-ins are not shown");
    const page1 = await audit("?limit=2");
    const page2 = await audit(`?limit=2&before=${page1[1]!.seq}`);
    assert.equal(page1.length, 2);
    assert.ok(page2.every((e) => e.seq < page1[1]!.seq));
    assert.ok(page1[0]!.seq > page1[1]!.seq);
  });

  it("records creating and revoking share links", async () => {
    const mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Shared" })).body.id;
    const link = (await owner.send("POST", `/api/maps/${encodeURIComponent(mapId)}/share-links`, { password: "a long password" })).body;
    await owner.send("DELETE", `/api/maps/${encodeURIComponent(mapId)}/share-links/${link.id}`);
    const events = (await audit()).filter((e) => e.target?.id === link.id);
    assert.deepEqual(events.map((e) => e.action), ["share_link.revoked", "share_link.created"]);
    assert.equal(events[1]!.detail.password, "yes");
    assert.equal(events[1]!.detail.mapId, mapId);
  });

  it("writes nothing when the action fails", async () => {
    const before = (await audit()).length;
    const r = await owner.send("DELETE", `/api/workspaces/${ws}/members/${owner.userId}`);
    assert.equal(r.body.error.code, "conflict");
    assert.equal((await audit()).length, before);
  });

  it("is for owners: an editor gets 403", async () => {
    const token = (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role: "editor" })).body.token;
    const editor = await signedIn(server, "eve@example.com", { invitationToken: token });
    assert.equal((await editor.send("GET", `/api/workspaces/${ws}/audit`)).status, 403);
  });
});
