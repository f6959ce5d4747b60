import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { readMapDocument } from "../maps/map-documents";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { redisSkip, startRedis } from "../testing/redis-process";
import { acknowledged, collabClient, documentOf, editDocument, eventually, type CollabClient } from "../testing/collab-client";

await forEachDialect("two instances with one Redis", (dialect) => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let first: TestServer;
  let second: TestServer;
  let mapId: string;
  let token: string;
  let owner: Caller & { userId: string };
  const clients: CollabClient[] = [];
  const skip = redisSkip();

  before(async () => {
    if (skip) return;
    redis = await startRedis();
    first = await startTestServer(dialect, { collab: true, redisUrl: redis.url });
    second = await startTestServer(dialect, { collab: true, redisUrl: redis.url, sharing: first });
    owner = await signedIn(first, "owner@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Shared" })).body.id;
    token = (await owner.send("POST", "/api/auth/tokens", { name: "t" })).body.token;
  });
  after(async () => {
    if (skip) return;
    for (const c of clients) c.close();
    await second.close();
    await first.close();
    await redis.stop();
  });

  it("converges clients connected to different instances", { skip }, async () => {
    const a = collabClient(first.url, mapId, { token });
    const b = collabClient(second.url, mapId, { token });
    clients.push(a, b);
    await eventually(() => acknowledged(a) && acknowledged(b), "both synced");
    editDocument(a, (d) => ({ ...d, map: { ...d.map, title: "Via instance one" } }));
    await eventually(() => documentOf(b)?.map.title === "Via instance one", "B (instance two) sees A's edit");
    editDocument(b, (d) => ({ ...d, map: { ...d.map, description: "Via instance two" } }));
    await eventually(() => documentOf(a)?.map.description === "Via instance two", "A (instance one) sees B's edit");
    await eventually(() => acknowledged(a) && acknowledged(b), "both acknowledged");
    const stored = await readMapDocument(first.ctx.database.db, mapId);
    assert.equal(stored.map.title, "Via instance one");
    assert.equal(stored.map.description, "Via instance two");
  });

  it("announces a comment made through one instance to clients of the map on the other", { skip }, async () => {
    // A map of its own, open only on instance two: instance one has no clients (nor document) of it.
    const ws = (await owner.send("GET", "/api/workspaces")).body[0].id;
    const quiet = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Quiet" })).body.id;
    const listener = collabClient(second.url, quiet, { token });
    clients.push(listener);
    const heard: string[] = [];
    listener.provider.on("stateless", ({ payload }: { payload: string }) => void heard.push(payload));
    await eventually(() => acknowledged(listener), "the listener on instance two synced");
    const threadIds = () => heard.map((p) => (JSON.parse(p) as { threadId: string }).threadId);
    const started = await owner.send("POST", `/api/maps/${quiet}/comments`, { target: { kind: "map" }, body: "made on instance one" });
    assert.equal(started.status, 201);
    await eventually(() => threadIds().includes(started.body.id), "the new thread announced on instance two");
    // A reply changes no document, so instance one need not have the map loaded at all.
    const before = heard.length;
    assert.equal((await owner.send("POST", `/api/maps/${quiet}/comments/${started.body.id}/messages`, { body: "and a reply" })).status, 201);
    await eventually(() => heard.length > before, "the reply announced on instance two");
    assert.deepEqual(JSON.parse(heard.at(-1)!), { type: "comments", threadId: started.body.id });
  });

  it("limits failed log-ins across both instances, not per instance", { skip }, async () => {
    const tryLogin = (server: TestServer, password: string) => new Caller(server.url).send("POST", "/api/auth/login", { email: "owner@example.com", password });
    for (const server of [first, second, first, second, first]) assert.equal((await tryLogin(server, "wrong password!")).body.error.code, "invalid_credentials");
    const refused = await tryLogin(second, "correct horse battery");
    assert.equal(refused.status, 429);
    assert.equal(refused.body.error.code, "rate_limited");
    assert.equal((await tryLogin(first, "correct horse battery")).body.error.code, "rate_limited");
    for (const server of [first, second]) server.clock.advance(15 * 60_000);
    assert.equal((await tryLogin(second, "correct horse battery")).status, 200, "in again once the window has passed");
  });
});
