import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { addStage, addStep, applyPatch, orderedLanes, type JourneyDocument, type OperationResult } from "@kaart/core";
import { buildApp } from "../app";
import { manualClock } from "../clock";
import { Caller, signedIn, startTestServer, type TestServer } from "../testing/test-server";
import { forEachDialect, testDatabase } from "../testing/test-databases";

/**
 * Four customers over a map Visit → Cart → Pay:
 * a follows the map; b skips Cart; c goes back from Cart to Visit and on to Cart again; d starts
 * at Cart and visits afterwards. Answers below are worked out from these rows by hand.
 */
const SHOP_CSV = [
  "case,activity,time,channel",
  "a,visit,2024-01-01T10:00:00Z,web",
  "a,cart,2024-01-01T10:01:00Z,web",
  "a,pay,2024-01-01T10:03:00Z,web",
  "b,visit,2024-01-01T11:00:00Z,app",
  "b,pay,2024-01-01T11:02:00Z,app",
  "c,visit,2024-01-01T12:00:00Z,web",
  "c,cart,2024-01-01T12:05:00Z,web",
  "c,visit,2024-01-01T12:06:00Z,web",
  "c,cart,2024-01-01T12:07:00Z,web",
  "d,cart,2024-01-01T13:00:00Z,web",
  "d,visit,2024-01-01T13:01:00Z,web",
].join("\n");
const MAPPING = "case=case&activity=activity&timestamp=time&channel=channel";
const RAW = { "content-type": "application/octet-stream" };

const ctx = { now: "2026-01-01T00:00:00.000Z" };
function take<T>(doc: JourneyDocument, r: OperationResult<T>): { doc: JourneyDocument; value: T } {
  if (!r.ok) throw new Error(r.error.message);
  return { doc: applyPatch(doc, r.patch), value: r.value };
}
/** One stage with the steps Visit, Cart and Pay, made through core operations. */
function shopMap(doc: JourneyDocument): { doc: JourneyDocument; steps: string[] } {
  const stage = take(doc, addStage(doc, { name: "Shop" }, ctx));
  let d = stage.doc;
  const steps: string[] = [];
  for (const name of ["Visit", "Cart", "Pay"]) {
    const s = take(d, addStep(d, { stageId: stage.value, name }, ctx));
    d = s.doc;
    steps.push(s.value);
  }
  return { doc: d, steps };
}

await forEachDialect("event-log routes", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  let viewer: Caller;
  let outsider: Caller;
  let ws: string;
  let logId: string;
  let mapId: string;
  let steps: string[];
  const logs = () => `/api/workspaces/${ws}/event-logs`;
  const upload = (csv: string, query: string, caller = owner) => caller.send("POST", `${logs()}?${query}`, undefined, { raw: csv, headers: RAW });

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    const token = (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role: "viewer" })).body.token;
    viewer = await signedIn(server, "viewer@example.com", { invitationToken: token });
    const outsiderToken = (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role: "viewer" })).body.token;
    const left = await signedIn(server, "outsider@example.com", { invitationToken: outsiderToken });
    await owner.send("DELETE", `/api/workspaces/${ws}/members/${left.userId}`);
    outsider = left;
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Shop" })).body.id;
    const fixture = shopMap((await owner.send("GET", `/api/maps/${encodeURIComponent(mapId)}`)).body.document);
    steps = fixture.steps;
    assert.equal((await owner.send("PUT", `/api/maps/${encodeURIComponent(mapId)}/document`, { document: fixture.doc })).status, 200);
  });
  after(() => server.close());

  it("previews the columns, a suggested mapping and the first rows", async () => {
    const r = await owner.send("POST", `${logs()}/preview?name=shop.csv&partial=true`, undefined, { raw: SHOP_CSV.slice(0, 120), headers: RAW });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body.columns, ["case", "activity", "time", "channel"]);
    assert.deepEqual(r.body.suggested, { case: "case", activity: "activity", timestamp: "time", channel: "channel" });
    // 120 characters hold the header, two whole rows and a cut-off third, which is dropped.
    assert.deepEqual(r.body.rows, [
      ["a", "visit", "2024-01-01T10:00:00Z", "web"],
      ["a", "cart", "2024-01-01T10:01:00Z", "web"],
    ]);
    const whole = await owner.send("POST", `${logs()}/preview?name=shop.jsonl`, undefined, { raw: '{"id":"a","step":"visit","ts":"2024-01-01T10:00:00Z","n":1}\n{"id":"b","step":"pay"}', headers: RAW });
    assert.deepEqual(whole.body.columns, ["id", "step", "ts", "n"]);
    assert.deepEqual(whole.body.suggested, { activity: "step", timestamp: "ts" });
    assert.deepEqual(whole.body.rows, [["a", "visit", "2024-01-01T10:00:00Z", "1"], ["b", "pay", "", ""]]);
  });

  it("uploads a log with its mapping, stores the file and lists it", async () => {
    const r = await upload(SHOP_CSV, `name=shop.csv&${MAPPING}`);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.events, 11);
    assert.equal(r.body.cases, 4);
    assert.equal(r.body.sizeBytes, Buffer.byteLength(SHOP_CSV));
    assert.deepEqual(r.body.mapping, { case: "case", activity: "activity", timestamp: "time", channel: "channel" });
    logId = r.body.id;
    assert.deepEqual(readdirSync(join(server.dataDir, "event-logs")), [logId]);
    const list = await viewer.send("GET", logs());
    assert.deepEqual(list.body.map((l: { id: string }) => l.id), [logId]);
  });

  it("answers queries: stats and the directly-follows graph", async () => {
    const stats = await viewer.send("POST", `${logs()}/${logId}/query`, { kind: "stats", version: 1 });
    assert.equal(stats.status, 200, JSON.stringify(stats.body));
    assert.deepEqual([stats.body.events, stats.body.cases, stats.body.activities, stats.body.variants], [11, 4, 3, 4]);
    assert.deepEqual(stats.body.start, { visit: 3, cart: 1 });
    const dfg = await viewer.send("POST", `${logs()}/${logId}/query`, { kind: "dfg", version: 1 });
    const counts = Object.fromEntries(dfg.body.edges.map((e: { from: string; to: string; count: number }) => [`${e.from}>${e.to}`, e.count]));
    assert.deepEqual(counts, { "cart>pay": 1, "cart>visit": 2, "visit>cart": 3, "visit>pay": 1 });
    const bad = await viewer.send("POST", `${logs()}/${logId}/query`, { kind: "nonsense", version: 1 });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "invalid_request");
  });

  it("stores the parsed columns, which another instance reads instead of the raw file; missing or damaged columns are made again from it", async () => {
    const columns = join(server.dataDir, "event-log-columns", logId);
    assert.ok(existsSync(join(columns, "meta.json")), "columns stored at upload");
    const raw = join(server.dataDir, "event-logs", logId);
    const original = readFileSync(raw);
    /** A fresh instance on the same database and DATA_DIR (an empty cache), asked for the log's stats. */
    const statsFromFreshInstance = async () => {
      const fresh = await startTestServer(dialect, { sharing: server });
      try {
        const caller = Object.assign(new Caller(fresh.url), { cookie: viewer.cookie, csrf: viewer.csrf });
        const r = await caller.send("POST", `${logs()}/${logId}/query`, { kind: "stats", version: 1 });
        assert.equal(r.status, 200, JSON.stringify(r.body));
        return [r.body.events, r.body.cases, r.body.activities];
      } finally {
        await fresh.close();
      }
    };
    try {
      // The raw file made unreadable: the answer can only come from the columns.
      writeFileSync(raw, "nothing,to,see\n");
      assert.deepEqual(await statsFromFreshInstance(), [11, 4, 3]);
      writeFileSync(raw, original);
      rmSync(columns, { recursive: true });
      assert.deepEqual(await statsFromFreshInstance(), [11, 4, 3], "without columns: parsed from the raw file");
      assert.ok(existsSync(join(columns, "meta.json")), "and stored again");
      truncateSync(join(columns, "time.f64"), 8);
      assert.deepEqual(await statsFromFreshInstance(), [11, 4, 3], "damaged columns: parsed from the raw file");
      assert.equal(statSync(join(columns, "time.f64")).size, 11 * 8, "and stored whole again");
    } finally {
      writeFileSync(raw, original);
    }
  });

  it("refuses bad logs with a stable code and the position, and keeps nothing of them", async () => {
    const missing = await upload(SHOP_CSV, "name=shop.csv&case=case&activity=activity&timestamp=when");
    assert.equal(missing.status, 422);
    assert.equal(missing.body.error.code, "invalid_event_log");
    assert.match(missing.body.error.message, /when/);
    const badTime = await upload("case,activity,time\nx,visit,2024-01-01T10:00:00Z\ny,visit,yesterday\n", `name=bad.csv&case=case&activity=activity&timestamp=time`);
    assert.equal(badTime.status, 422);
    assert.match(badTime.body.error.message, /bad_timestamp/);
    assert.match(badTime.body.error.issues[0].path, /^line 3\b/);
    const wrongFormat = await upload(SHOP_CSV, `name=shop.pdf&${MAPPING}`);
    assert.equal(wrongFormat.status, 400);
    const asJson = await owner.send("POST", `${logs()}?name=shop.csv&${MAPPING}`, { rows: [] });
    assert.equal(asJson.body.error.code, "unsupported_media_type");
    assert.deepEqual(readdirSync(join(server.dataDir, "event-logs")), [logId]);
    assert.equal((await owner.send("GET", logs())).body.length, 1);
  });

  it("lets viewers query but not upload; outsiders do not see the log", async () => {
    assert.equal((await upload(SHOP_CSV, `name=shop.csv&${MAPPING}`, viewer)).body.error.code, "forbidden");
    const r = await outsider.send("POST", `${logs()}/${logId}/query`, { kind: "stats", version: 1 });
    assert.equal(r.status, 404);
    const otherWs = (await outsider.send("POST", "/api/workspaces", { name: "Mine" })).body.id;
    const cross = await outsider.send("POST", `/api/workspaces/${otherWs}/event-logs/${logId}/query`, { kind: "stats", version: 1 });
    assert.equal(cross.status, 404, "a log is reached only through its own workspace");
  });

  it("binds a map: suggested and chosen bindings, KPI cells written into the document", async () => {
    const r = await viewer.send("POST", `/api/maps/${encodeURIComponent(mapId)}/event-binding`, { logId });
    assert.equal(r.status, 403);
    const bound = await owner.send("POST", `/api/maps/${encodeURIComponent(mapId)}/event-binding`, { logId, bindings: { [steps[2]!]: ["pay"] } });
    assert.equal(bound.status, 200, JSON.stringify(bound.body));
    assert.deepEqual(
      bound.body.bindings.map((b: { stepName: string; activities: string[]; suggested: boolean }) => [b.stepName, b.activities, b.suggested]),
      [["Visit", ["visit"], true], ["Cart", ["cart"], true], ["Pay", ["pay"], false]],
    );
    // Funnel Visit → Cart → Pay: all 4 visit; a and c reach cart after a visit; only a pays after that.
    assert.deepEqual(bound.body.metrics.map((m: { cases: number; conversion: number }) => [m.cases, m.conversion]), [[4, 1], [2, 0.5], [1, 0.5]]);
    assert.equal(bound.body.metrics[2].medianSecondsFromPrevious, 120);
    const doc: JourneyDocument = (await viewer.send("GET", `/api/maps/${encodeURIComponent(mapId)}`)).body.document;
    assert.deepEqual(doc.steps[steps[1]!]!.binding, { activities: ["cart"], patterns: [] });
    const lane = orderedLanes(doc).find((l) => l.type === "metrics");
    assert.ok(lane, "a metrics lane holds the KPIs");
    const cells = Object.values(doc.cells).filter((c) => c.laneId === lane.id);
    assert.equal(cells.length, 3);
  });

  it("compares the designed journey with what customers did", async () => {
    const r = await viewer.send("GET", `/api/maps/${encodeURIComponent(mapId)}/observed?logId=${logId}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.cases, 4);
    const rows = r.body.steps.map((s: { stepName: string; casesWithStep: number; skipped: number; looped: number; outOfOrder: number }) => [s.stepName, s.casesWithStep, s.skipped, s.looped, s.outOfOrder]);
    // Visit: everyone; c comes back to it; d reaches it after Cart. Cart: b skips it; c loops. Pay: a and b.
    assert.deepEqual(rows, [["Visit", 4, 0, 1, 1], ["Cart", 3, 1, 1, 0], ["Pay", 2, 0, 0, 0]]);
    // cart→visit (c and d) goes backwards; visit→pay (b) jumps over Cart.
    assert.deepEqual(r.body.unforeseen.map((u: { from: string; to: string; cases: number; count: number }) => [u.from, u.to, u.cases, u.count]), [["cart", "visit", 2, 2], ["visit", "pay", 1, 1]]);
    assert.equal(r.body.steps[0].metrics.cases, 4);
    const outsiderView = await outsider.send("GET", `/api/maps/${encodeURIComponent(mapId)}/observed?logId=${logId}`);
    assert.equal(outsiderView.status, 404);
  });

  it("deletes a log with its file and its columns", async () => {
    const extra = (await upload(SHOP_CSV, `name=again.csv&${MAPPING}`)).body.id;
    assert.deepEqual(readdirSync(join(server.dataDir, "event-log-columns")).sort(), [extra, logId].sort());
    assert.equal((await owner.send("DELETE", `${logs()}/${extra}`)).status, 200);
    assert.deepEqual(readdirSync(join(server.dataDir, "event-logs")), [logId]);
    assert.deepEqual(readdirSync(join(server.dataDir, "event-log-columns")), [logId]);
    assert.equal((await owner.send("POST", `${logs()}/${extra}/query`, { kind: "stats", version: 1 })).status, 404);
  });
});

await forEachDialect("event-log upload limit", (dialect) => {
  it("refuses a log over the size limit with payload_too_large and keeps no file", async () => {
    const { database, dataDir, drop } = await testDatabase(dialect);
    const dir = join(dataDir, "event-logs");
    const { app } = await buildApp({ database, clock: manualClock(), secret: "test-secret-test-secret-test-secret-0123", publicUrl: "http://127.0.0.1", webDist: "/nonexistent", eventLogs: { dir, maxBytes: 200 } });
    await app.listen({ host: "127.0.0.1", port: 0 });
    try {
      const address = app.server.address();
      const owner = await signedIn({ url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` } as TestServer, "owner@example.com");
      const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
      const r = await owner.send("POST", `/api/workspaces/${ws}/event-logs?name=shop.csv&${MAPPING}`, undefined, { raw: SHOP_CSV, headers: RAW });
      assert.equal(r.status, 413);
      assert.equal(r.body.error.code, "payload_too_large");
      assert.match(r.body.error.message, /200 bytes/);
      const small = await owner.send("POST", `/api/workspaces/${ws}/event-logs?name=s.csv&${MAPPING}`, undefined, { raw: SHOP_CSV.slice(0, 150), headers: RAW });
      assert.equal(small.status, 201, JSON.stringify(small.body));
      assert.deepEqual(readdirSync(dir), [small.body.id]);
    } finally {
      await app.close();
      await drop();
    }
  });
});
