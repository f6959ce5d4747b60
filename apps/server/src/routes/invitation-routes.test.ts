import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

const INDEX_HTML = "<!doctype html><title>Kaart</title><div id=root></div>";
const DAY = 86_400_000;

await forEachDialect("invitation links", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  let ws: string;
  let dist: string;
  const stranger = () => new Caller(server.url);
  const invite = async (role = "editor", expiresInDays = 7): Promise<string> =>
    (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role, expiresInDays })).body.token;

  before(async () => {
    dist = mkdtempSync(join(tmpdir(), "kaart-web-"));
    writeFileSync(join(dist, "index.html"), INDEX_HTML);
    server = await startTestServer(dialect, { webDist: dist });
    owner = await signedIn(server, "olga@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Service design" })).body.id;
  });
  after(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("GET /invite/<token> serves the web app, the same page for live, unknown and malformed tokens", async () => {
    const token = await invite();
    const pages = await Promise.all([token, "A".repeat(43), "not a token!"].map((t) => fetch(`${server.url}/invite/${encodeURIComponent(t)}`)));
    for (const page of pages) {
      assert.equal(page.status, 200);
      assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
      assert.equal(await page.text(), INDEX_HTML);
    }
  });

  it("GET /api/invitations/:token tells anybody holding a live link the workspace, role and inviter, and nothing else", async () => {
    const token = await invite("commenter");
    const r = await stranger().send("GET", `/api/invitations/${token}`);
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).sort(), ["expiresAt", "invitedBy", "role", "workspaceId", "workspaceName"]);
    assert.equal(r.body.workspaceId, ws);
    assert.equal(r.body.workspaceName, "Service design");
    assert.equal(r.body.role, "commenter");
    assert.equal(r.body.invitedBy, "olga");
    assert.equal(r.body.expiresAt, new Date(server.clock.now().getTime() + 7 * DAY).toISOString());
    assert.equal((await stranger().send("GET", `/api/invitations/${token}`)).status, 200, "looking does not use the link up");
  });

  it("answers unknown tokens with invitation_invalid and malformed ones with invalid_request", async () => {
    const unknown = await stranger().send("GET", `/api/invitations/${"A".repeat(43)}`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, "invitation_invalid");
    assert.doesNotMatch(JSON.stringify(unknown.body), /Service design|olga/);
    assert.equal((await stranger().send("GET", "/api/invitations/short")).body.error.code, "invalid_request");
  });

  it("a used link says invitation_used, to the preview and to a second accept", async () => {
    const token = await invite("viewer");
    const vera = await signedIn(server, "vera@example.com", { invitationToken: token });
    const preview = await stranger().send("GET", `/api/invitations/${token}`);
    assert.equal(preview.status, 410);
    assert.equal(preview.body.error.code, "invitation_used");
    assert.doesNotMatch(JSON.stringify(preview.body), /Service design/);
    assert.equal((await vera.send("POST", `/api/invitations/${token}/accept`)).body.error.code, "invitation_used");
  });

  it("an expired link says invitation_expired, and neither accepting nor signing up with it joins", async () => {
    const token = await invite("editor", 1);
    const other = (await owner.send("POST", "/api/workspaces", { name: "Other" })).body.id;
    const late = await signedIn(server, "late@example.com", { invitationToken: (await owner.send("POST", `/api/workspaces/${other}/invitations`, { role: "viewer" })).body.token });
    server.clock.advance(DAY);
    const preview = await stranger().send("GET", `/api/invitations/${token}`);
    assert.equal(preview.status, 410);
    assert.equal(preview.body.error.code, "invitation_expired");
    assert.equal((await late.send("POST", `/api/invitations/${token}/accept`)).body.error.code, "invitation_expired");
    assert.equal((await late.send("GET", `/api/workspaces/${ws}`)).status, 404);
    const signup = await stranger().send("POST", "/api/auth/signup", { email: "later@example.com", name: "Later", password: "correct horse battery", invitationToken: token });
    assert.equal(signup.body.error.code, "invitation_expired");
  });

  it("signing up with a live link works while sign-up is closed, and joins with the link's role", async () => {
    const closed = await stranger().send("POST", "/api/auth/signup", { email: "nobody@example.com", name: "No", password: "correct horse battery" });
    assert.equal(closed.body.error.code, "signup_closed");
    const token = await invite("editor");
    const ed = await signedIn(server, "ed@example.com", { invitationToken: token });
    assert.equal((await ed.send("GET", `/api/workspaces/${ws}`)).body.role, "editor");
  });
});
