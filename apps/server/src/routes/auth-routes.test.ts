import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

await forEachDialect("accounts", (dialect) => {
  let server: TestServer;
  before(async () => void (server = await startTestServer(dialect)));
  after(() => server.close());

  it("makes the first user the instance admin and closes sign-up after it", async () => {
    const admin = await signedIn(server, "admin@example.com");
    const me = await admin.send("GET", "/api/auth/session");
    assert.equal(me.body.user.isAdmin, true);
    const second = await new Caller(server.url).send("POST", "/api/auth/signup", { email: "b@example.com", name: "B", password: "correct horse battery" });
    assert.equal(second.status, 403);
    assert.equal(second.body.error.code, "signup_closed");
  });

  it("sets an HttpOnly SameSite=Lax session cookie", async () => {
    const res = await fetch(`${server.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "ADMIN@example.com", password: "correct horse battery" }) });
    assert.equal(res.status, 200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("kaart_session="));
    assert.match(cookie ?? "", /HttpOnly/);
    assert.match(cookie ?? "", /SameSite=Lax/);
    assert.doesNotMatch(cookie ?? "", /Secure/);
  });

  it("lets an admin open sign-up, and refuses weak passwords and taken e-mails", async () => {
    const admin = new Caller(server.url);
    await admin.send("POST", "/api/auth/login", { email: "admin@example.com", password: "correct horse battery" });
    assert.equal((await admin.send("PUT", "/api/instance/settings", { signupOpen: true })).status, 200);
    const weak = await new Caller(server.url).send("POST", "/api/auth/signup", { email: "c@example.com", name: "C", password: "short" });
    assert.equal(weak.body.error.code, "weak_password");
    const ok = await new Caller(server.url).send("POST", "/api/auth/signup", { email: "c@example.com", name: "C", password: "correct horse battery" });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.user.isAdmin, false);
    const taken = await new Caller(server.url).send("POST", "/api/auth/signup", { email: "C@example.com", name: "C2", password: "correct horse battery" });
    assert.equal(taken.body.error.code, "email_taken");
    const notAdmin = new Caller(server.url);
    await notAdmin.send("POST", "/api/auth/login", { email: "c@example.com", password: "correct horse battery" });
    assert.equal((await notAdmin.send("PUT", "/api/instance/settings", { signupOpen: false })).body.error.code, "forbidden");
  });

  it("requires the CSRF header on cookie-authenticated writes", async () => {
    const c = new Caller(server.url);
    await c.send("POST", "/api/auth/login", { email: "admin@example.com", password: "correct horse battery" });
    const without = await c.send("POST", "/api/workspaces", { name: "W" }, { noCsrf: true });
    assert.equal(without.status, 403);
    assert.equal(without.body.error.code, "csrf_failed");
    const wrong = await c.send("POST", "/api/workspaces", { name: "W" }, { noCsrf: true, headers: { "x-kaart-csrf": "x".repeat(43) } });
    assert.equal(wrong.body.error.code, "csrf_failed");
    assert.equal((await c.send("POST", "/api/workspaces", { name: "W" })).status, 201);
  });

  it("limits failed log-ins and lets the user in again when the window has passed", async () => {
    const c = new Caller(server.url);
    for (let i = 0; i < 5; i++) assert.equal((await c.send("POST", "/api/auth/login", { email: "admin@example.com", password: "wrong password!" })).body.error.code, "invalid_credentials");
    const limited = await c.send("POST", "/api/auth/login", { email: "admin@example.com", password: "correct horse battery" });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, "rate_limited");
    assert.ok(Number(limited.headers.get("retry-after")) > 0);
    server.clock.advance(16 * 60_000);
    assert.equal((await c.send("POST", "/api/auth/login", { email: "admin@example.com", password: "correct horse battery" })).status, 200);
  });

  it("ends the session on log-out", async () => {
    const c = new Caller(server.url);
    await c.send("POST", "/api/auth/login", { email: "admin@example.com", password: "correct horse battery" });
    const cookie = c.cookie;
    assert.equal((await c.send("POST", "/api/auth/logout")).status, 200);
    c.cookie = cookie;
    assert.equal((await c.send("GET", "/api/auth/session")).body.error.code, "unauthenticated");
  });

  it("changes the password and ends the user's other sessions", async () => {
    const a = new Caller(server.url);
    const b = new Caller(server.url);
    await a.send("POST", "/api/auth/login", { email: "c@example.com", password: "correct horse battery" });
    await b.send("POST", "/api/auth/login", { email: "c@example.com", password: "correct horse battery" });
    const wrong = await a.send("POST", "/api/auth/password", { currentPassword: "nope nope nope", newPassword: "a new long passphrase" });
    assert.equal(wrong.body.error.code, "invalid_credentials");
    assert.equal((await a.send("POST", "/api/auth/password", { currentPassword: "correct horse battery", newPassword: "a new long passphrase" })).status, 200);
    assert.equal((await a.send("GET", "/api/auth/session")).status, 200);
    assert.equal((await b.send("GET", "/api/auth/session")).status, 401);
    assert.equal((await new Caller(server.url).send("POST", "/api/auth/login", { email: "c@example.com", password: "a new long passphrase" })).status, 200);
  });

  it("accepts API tokens as Bearer without CSRF, until revoked", async () => {
    const c = new Caller(server.url);
    await c.send("POST", "/api/auth/login", { email: "admin@example.com", password: "correct horse battery" });
    const created = await c.send("POST", "/api/auth/tokens", { name: "ci" });
    assert.equal(created.status, 201);
    const bot = new Caller(server.url);
    bot.token = created.body.token;
    assert.equal((await bot.send("POST", "/api/workspaces", { name: "From a script" })).status, 201);
    const listed = await c.send("GET", "/api/auth/tokens");
    assert.deepEqual(listed.body.map((t: { name: string }) => t.name), ["ci"]);
    assert.equal((await c.send("DELETE", `/api/auth/tokens/${created.body.id}`)).status, 200);
    assert.equal((await bot.send("GET", "/api/workspaces")).status, 401);
  });
});
