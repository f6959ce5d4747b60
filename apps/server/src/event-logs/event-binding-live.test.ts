import { after, before, it } from "node:test";
import assert from "node:assert/strict";
import { addStage, addStep, applyPatch, type JourneyDocument, type OperationResult } from "@kaart/core";
import { acknowledged, collabClient, documentOf, eventually } from "../testing/collab-client";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

const ctx = { now: "2026-01-01T00:00:00.000Z" };
function take<T>(doc: JourneyDocument, r: OperationResult<T>): { doc: JourneyDocument; value: T } {
  if (!r.ok) throw new Error(r.error.message);
  return { doc: applyPatch(doc, r.patch), value: r.value };
}

await forEachDialect("event binding reaches connected editors", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  before(async () => {
    server = await startTestServer(dialect, { collab: true });
    owner = await signedIn(server, "owner@example.com");
  });
  after(() => server.close());

  it("a collaborator with the map open sees the bindings and KPI cells without reloading", async () => {
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    const mapId: string = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Live" })).body.id;
    let doc: JourneyDocument = (await owner.send("GET", `/api/maps/${encodeURIComponent(mapId)}`)).body.document;
    const stage = take(doc, addStage(doc, { name: "S" }, ctx));
    const step = take(stage.doc, addStep(stage.doc, { stageId: stage.value, name: "Sign up" }, ctx));
    doc = step.doc;
    assert.equal((await owner.send("PUT", `/api/maps/${encodeURIComponent(mapId)}/document`, { document: doc })).status, 200);
    const log = await owner.send("POST", `/api/workspaces/${ws}/event-logs?name=l.jsonl&case=user&activity=event&timestamp=ts`, undefined, {
      raw: '{"user":"u1","event":"sign_up","ts":"2024-01-01T00:00:00Z"}\n{"user":"u2","event":"browse","ts":"2024-01-01T00:00:00Z"}\n',
      headers: { "content-type": "application/octet-stream" },
    });
    assert.equal(log.status, 201, JSON.stringify(log.body));

    const token = (await owner.send("POST", "/api/auth/tokens", { name: "t" })).body.token;
    const client = collabClient(server.url, mapId, { token });
    try {
      await eventually(() => acknowledged(client), "client synced");
      const r = await owner.send("POST", `/api/maps/${encodeURIComponent(mapId)}/event-binding`, { logId: log.body.id });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      await eventually(() => documentOf(client)?.steps[step.value]?.binding?.activities[0] === "sign_up", "the open map shows the binding");
      const live = documentOf(client)!;
      const kpis = Object.values(live.cells).flatMap((c) => (c.content.kind === "metrics" ? c.content.metrics : []));
      // One of the two users signed up: the step's cases KPI is 1.
      assert.ok(kpis.some((k) => k.value === 1), JSON.stringify(kpis));
    } finally {
      client.close();
    }
  });
});
