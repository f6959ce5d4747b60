import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { readMapDocument } from "../maps/map-documents";
import { signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { redisSkip, startRedis } from "../testing/redis-process";
import { acknowledged, collabClient, documentOf, editDocument, eventually, type CollabClient } from "../testing/collab-client";

await forEachDialect("two instances with one Redis", (dialect) => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let first: TestServer;
  let second: TestServer;
  let mapId: string;
  let token: string;
  const clients: CollabClient[] = [];
  const skip = redisSkip();

  before(async () => {
    if (skip) return;
    redis = await startRedis();
    first = await startTestServer(dialect, { collab: true, redisUrl: redis.url });
    second = await startTestServer(dialect, { collab: true, redisUrl: redis.url, sharing: first });
    const owner = await signedIn(first, "owner@example.com");
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
});
