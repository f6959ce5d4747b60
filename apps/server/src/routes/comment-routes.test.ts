import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { applyPatch, removeStep, type JourneyDocument } from "@kaart/core";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { withCards } from "../testing/map-fixture";
import { collabClient, eventually } from "../testing/collab-client";

await forEachDialect("comments", (dialect) => {
  let server: TestServer;
  let owner: Caller & { userId: string };
  let commenter: Caller & { userId: string };
  let viewer: Caller & { userId: string };
  let outsider: Caller & { userId: string };
  let mapId: string;
  let stepId: string;
  let otherStepId: string;

  before(async () => {
    server = await startTestServer(dialect, { collab: true });
    owner = await signedIn(server, "owner@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    const invite = async (role: string) => (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role })).body.token as string;
    commenter = await signedIn(server, "carla@example.com", { invitationToken: await invite("commenter") });
    viewer = await signedIn(server, "vera@example.com", { invitationToken: await invite("viewer") });
    outsider = await signedIn(server, "otto@example.com", { invitationToken: await invite("viewer") });
    await owner.send("DELETE", `/api/workspaces/${ws}/members/${outsider.userId}`);
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Checkout" })).body.id;
    const doc = withCards((await owner.send("GET", `/api/maps/${mapId}`)).body.document, []);
    assert.equal((await owner.send("PUT", `/api/maps/${mapId}/document`, { document: doc })).status, 200);
    [stepId, otherStepId] = Object.keys(doc.steps) as [string, string];
  });
  after(() => server.close());

  const documentNow = async (): Promise<JourneyDocument> => (await owner.send("GET", `/api/maps/${mapId}`)).body.document;

  it("starts a thread on a step with mentions of members by name and e-mail, anchored in the document", async () => {
    const r = await commenter.send("POST", `/api/maps/${mapId}/comments`, { target: { kind: "step", id: stepId }, body: "@vera and @owner@example.com: is this step right? cc @nobody" });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body.target, { kind: "step", id: stepId });
    assert.equal(r.body.messages.length, 1);
    assert.equal(r.body.messages[0].authorName, "carla");
    assert.deepEqual(r.body.messages[0].mentions, [owner.userId, viewer.userId].sort());
    const anchors = Object.values((await documentNow()).anchors);
    assert.ok(anchors.some((a) => a.threadId === r.body.id && a.target.kind === "step" && a.target.id === stepId));
    const listed = await viewer.send("GET", `/api/maps/${mapId}/comments`);
    assert.equal(listed.status, 200);
    assert.ok(listed.body.some((t: { id: string }) => t.id === r.body.id));
  });

  it("refuses a target that is not in the map, viewers writing and non-members reading", async () => {
    const missing = await commenter.send("POST", `/api/maps/${mapId}/comments`, { target: { kind: "stage", id: "stage:nope" }, body: "hi" });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.code, "invalid_request");
    assert.equal((await viewer.send("POST", `/api/maps/${mapId}/comments`, { target: { kind: "map" }, body: "hi" })).body.error.code, "forbidden");
    assert.equal((await outsider.send("GET", `/api/maps/${mapId}/comments`)).status, 404);
  });

  it("replies, edits and deletes one's own messages only; the last message takes the thread and its anchor", async () => {
    const t = (await owner.send("POST", `/api/maps/${mapId}/comments`, { target: { kind: "map" }, body: "first" })).body;
    const reply = await commenter.send("POST", `/api/maps/${mapId}/comments/${t.id}/messages`, { body: "second" });
    assert.equal(reply.status, 201);
    assert.deepEqual(reply.body.messages.map((m: { body: string }) => m.body), ["first", "second"]);
    const [first, second] = reply.body.messages;
    assert.equal((await commenter.send("PATCH", `/api/maps/${mapId}/comments/${t.id}/messages/${first.id}`, { body: "mine now" })).body.error.code, "forbidden");
    const edited = await commenter.send("PATCH", `/api/maps/${mapId}/comments/${t.id}/messages/${second.id}`, { body: "second, @carla" });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.messages[1].body, "second, @carla");
    assert.deepEqual(edited.body.messages[1].mentions, [commenter.userId]);
    assert.notEqual(edited.body.messages[1].editedAt, null);
    assert.equal((await owner.send("DELETE", `/api/maps/${mapId}/comments/${t.id}/messages/${second.id}`)).body.error.code, "forbidden");
    assert.deepEqual((await commenter.send("DELETE", `/api/maps/${mapId}/comments/${t.id}/messages/${second.id}`)).body, { threadDeleted: false });
    assert.deepEqual((await owner.send("DELETE", `/api/maps/${mapId}/comments/${t.id}/messages/${first.id}`)).body, { threadDeleted: true });
    assert.equal((await owner.send("GET", `/api/maps/${mapId}/comments/${t.id}`)).status, 404);
    assert.ok(!Object.values((await documentNow()).anchors).some((a) => a.threadId === t.id));
  });

  it("resolves and reopens threads, and filters the list by state", async () => {
    const t = (await commenter.send("POST", `/api/maps/${mapId}/comments`, { target: { kind: "map" }, body: "done?" })).body;
    const resolved = await commenter.send("POST", `/api/maps/${mapId}/comments/${t.id}/resolve`);
    assert.equal(resolved.body.resolvedBy, commenter.userId);
    const ids = async (state: string) => (await viewer.send("GET", `/api/maps/${mapId}/comments?resolved=${state}`)).body.map((x: { id: string }) => x.id);
    assert.ok((await ids("true")).includes(t.id));
    assert.ok(!(await ids("false")).includes(t.id));
    const reopened = await owner.send("POST", `/api/maps/${mapId}/comments/${t.id}/reopen`);
    assert.equal(reopened.body.resolvedAt, null);
    assert.ok((await ids("false")).includes(t.id));
  });

  it("loses its target when the step goes, as the anchor goes with it", async () => {
    const t = (await commenter.send("POST", `/api/maps/${mapId}/comments`, { target: { kind: "step", id: otherStepId }, body: "soon gone" })).body;
    const doc = await documentNow();
    const removed = removeStep(doc, { stepId: otherStepId }, { now: "2026-01-02T00:00:00.000Z" });
    assert.ok(removed.ok);
    assert.equal((await owner.send("PUT", `/api/maps/${mapId}/document`, { document: applyPatch(doc, removed.patch) })).status, 200);
    assert.equal((await viewer.send("GET", `/api/maps/${mapId}/comments/${t.id}`)).body.target, null);
  });

  it("tells clients with the map open which thread changed", async () => {
    const token = (await viewer.send("POST", "/api/auth/tokens", { name: "live" })).body.token;
    const client = collabClient(server.url, mapId, { token });
    const heard: string[] = [];
    client.provider.on("stateless", ({ payload }: { payload: string }) => void heard.push(payload));
    try {
      await eventually(() => client.provider.isSynced, "the viewer's client synced");
      const t = (await commenter.send("POST", `/api/maps/${mapId}/comments`, { target: { kind: "map" }, body: "live?" })).body;
      await eventually(() => heard.some((p) => JSON.parse(p).threadId === t.id), "the stateless message naming the thread");
      assert.deepEqual(JSON.parse(heard.find((p) => JSON.parse(p).threadId === t.id)!), { type: "comments", threadId: t.id });
    } finally {
      client.close();
    }
  });
});
