import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { addCard, applyPatch, removeStep, validateDocument, type JourneyDocument, type OperationResult } from "@kaart/core";
import { readMapDocument } from "../maps/map-documents";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { withCards } from "../testing/map-fixture";
import { acknowledged, collabClient, documentOf, editDocument, eventually, type CollabClient } from "../testing/collab-client";
import { INVALID_UPDATE } from "./map-persistence";

const ctx = { now: "2026-01-02T00:00:00.000Z" };

function applied<T>(doc: JourneyDocument, r: OperationResult<T>): JourneyDocument {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return applyPatch(doc, r.patch);
}

await forEachDialect("merged documents are repaired", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  let ws: string;
  let token: string;
  const clients: CollabClient[] = [];

  before(async () => {
    server = await startTestServer(dialect, { collab: true });
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    token = (await owner.send("POST", "/api/auth/tokens", { name: "t" })).body.token;
  });
  after(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  /** A map with one stage, steps Browse and Pay, a pain-point lane; Pay is the step to remove. */
  async function freshMap(): Promise<{ mapId: string; payId: string; painsId: string }> {
    const mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Race" })).body.id;
    const doc = withCards((await owner.send("GET", `/api/maps/${mapId}`)).body.document, []);
    assert.equal((await owner.send("PUT", `/api/maps/${mapId}/document`, { document: doc })).status, 200);
    const payId = Object.values(doc.steps).find((s) => s.name === "Pay")!.id;
    const painsId = Object.values(doc.lanes).find((l) => l.type === "painPoints")!.id;
    return { mapId, payId, painsId };
  }

  const socketOf = (c: CollabClient) => c.provider.configuration.websocketProvider;

  for (const first of ["remover", "adder"] as const) {
    it(`removes a card added offline to a step removed offline, whichever reconnects first (${first})`, async () => {
      const { mapId, payId, painsId } = await freshMap();
      const remover = collabClient(server.url, mapId, { token });
      const adder = collabClient(server.url, mapId, { token });
      clients.push(remover, adder);
      await eventually(() => acknowledged(remover) && acknowledged(adder) && documentOf(adder)?.steps[payId] !== undefined, "both synced");

      // Both go offline; each makes an edit that is valid in its own copy.
      socketOf(remover).disconnect();
      socketOf(adder).disconnect();
      await eventually(() => [remover, adder].every((c) => socketOf(c).status === "disconnected"), "both offline");
      editDocument(remover, (d) => applied(d, removeStep(d, { stepId: payId }, ctx)));
      editDocument(adder, (d) => applied(d, addCard(d, { laneId: painsId, at: payId, kind: "painPoint", title: "Card fee surprise" }, ctx)));
      assert.equal(Object.values(documentOf(adder)!.cards).length, 1);

      const [one, two] = first === "remover" ? [remover, adder] : [adder, remover];
      void socketOf(one).connect();
      await eventually(() => acknowledged(one), "the first back is acknowledged");
      void socketOf(two).connect();
      await eventually(() => acknowledged(two), "the second back is acknowledged");
      // Acknowledged means stored: the repair went into the update log with the update it repairs.
      const logged = await readMapDocument(server.ctx.database.db, mapId);
      assert.deepEqual(Object.keys(logged.cards), [], "the stored document holds no card on the removed step");

      const settled = () => {
        const [r, a] = [documentOf(remover), documentOf(adder)];
        return !!r && !!a && Object.keys(r.cards).length === 0 && Object.keys(a.cards).length === 0 && !a.steps[payId] && !r.steps[payId];
      };
      await eventually(settled, "both clients hold the repaired document: no step Pay, no card on it");
      for (const c of [remover, adder]) assert.ok(!c.closes.some((e) => e.code === INVALID_UPDATE), "nobody's update was refused");
      assert.ok(validateDocument(documentOf(adder)).ok);

      // The stored document (snapshot plus update log) is the repaired, valid one.
      await eventually(() => acknowledged(remover) && acknowledged(adder), "the repair reached both");
      const stored = await readMapDocument(server.ctx.database.db, mapId);
      assert.ok(validateDocument(stored).ok);
      assert.deepEqual(Object.keys(stored.cards), []);
      assert.equal(stored.steps[payId], undefined);
      assert.deepEqual((await owner.send("GET", `/api/maps/${mapId}`)).body.summary.stageNames, ["Buy"]);
    });
  }
});
