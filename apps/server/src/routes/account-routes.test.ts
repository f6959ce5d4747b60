import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

const PASSWORD = "correct horse battery";

await forEachDialect("account export and deletion", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  let team: string;

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    team = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
  });
  after(() => server.close());

  async function member(email: string, role = "editor") {
    const token = (await owner.send("POST", `/api/workspaces/${team}/invitations`, { role })).body.token;
    return signedIn(server, email, { invitationToken: token });
  }

  it("exports the person's profile, memberships, tokens without secrets, maps with documents and audit trail", async () => {
    const ada = await member("ada@example.com");
    await ada.send("POST", "/api/auth/tokens", { name: "ci" });
    const mapId = (await ada.send("POST", `/api/workspaces/${team}/maps`, { title: "Ada's map" })).body.id;
    const r = await ada.send("GET", "/api/account/export");
    assert.equal(r.status, 200);
    assert.match(r.headers.get("content-disposition") ?? "", /attachment/);
    assert.equal(r.body.user.email, "ada@example.com");
    assert.deepEqual(r.body.memberships.map((m: { workspace: string; role: string }) => [m.workspace, m.role]), [["Team", "editor"]]);
    assert.deepEqual(r.body.apiTokens.map((t: { name: string }) => t.name), ["ci"]);
    assert.ok(!JSON.stringify(r.body).includes("token_hash") && !JSON.stringify(r.body).includes("password"));
    assert.equal(r.body.maps[0].id, mapId);
    assert.equal(r.body.maps[0].document.map.title, "Ada's map");
    assert.ok(r.body.auditEvents.some((e: { action: string }) => e.action === "member.joined"));
  });

  it("deletes an account after the password: its own workspaces go, shared ones stay, the session ends", async () => {
    const bob = await member("bob@example.com");
    const own = (await bob.send("POST", "/api/workspaces", { name: "Bob alone" })).body.id;
    const ownMap = (await bob.send("POST", `/api/workspaces/${own}/maps`, { title: "Private" })).body.id;
    const sharedMap = (await bob.send("POST", `/api/workspaces/${team}/maps`, { title: "Shared" })).body.id;
    assert.equal((await bob.send("DELETE", "/api/account", { password: "wrong password!" })).body.error.code, "invalid_credentials");
    assert.equal((await bob.send("DELETE", "/api/account", { password: PASSWORD })).status, 200);
    assert.equal((await bob.send("GET", "/api/auth/session")).status, 401);
    assert.equal((await new Caller(server.url).send("POST", "/api/auth/login", { email: "bob@example.com", password: PASSWORD })).body.error.code, "invalid_credentials");
    assert.equal((await owner.send("GET", `/api/maps/${encodeURIComponent(sharedMap)}`)).status, 200, "a map in a shared workspace stays");
    const left = await server.ctx.database.db.selectFrom("map_updates").select("seq").where("map_id", "=", ownMap).execute();
    assert.equal(left.length, 0, "the private map's update log is gone");
    assert.ok(!(await owner.send("GET", `/api/workspaces/${team}/members`)).body.some((m: { email: string }) => m.email === "bob@example.com"));
  });

  it("refuses while the person is the last owner of a shared workspace or the last admin", async () => {
    const cy = await member("cy@example.com");
    const shared = (await cy.send("POST", "/api/workspaces", { name: "Cy's" })).body.id;
    const token = (await cy.send("POST", `/api/workspaces/${shared}/invitations`, { role: "viewer" })).body.token;
    await signedIn(server, "dee@example.com", { invitationToken: token });
    const r = await cy.send("DELETE", "/api/account", { password: PASSWORD });
    assert.equal(r.body.error.code, "conflict");
    assert.deepEqual(r.body.error.issues, [{ path: `/workspaces/${shared}`, message: "needs another owner" }]);
    assert.equal((await owner.send("DELETE", "/api/account", { password: PASSWORD })).body.error.code, "conflict", "the first user is the only admin");
  });
});
