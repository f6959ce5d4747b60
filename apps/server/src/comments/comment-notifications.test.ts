import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import type { Notification } from "@kaart/contract";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { withCards } from "../testing/map-fixture";

type Person = Caller & { userId: string };

await forEachDialect("comment notifications", (dialect) => {
  let server: TestServer;
  let owner: Person;
  let carla: Person;
  let vera: Person;
  let mapId: string;
  let stepId: string;

  const kindOf = async (who: Person, kind: Notification["kind"]) =>
    ((await who.send<{ items: Notification[] }>("GET", "/api/notifications")).body.items).filter((n) => n.kind === kind);
  const readAll = async (who: Person) => assert.equal((await who.send("POST", "/api/notifications/read", {})).status, 200);
  const comments = () => `/api/maps/${mapId}/comments`;

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    const invite = async (role: string) => (await owner.send("POST", `/api/workspaces/${ws}/invitations`, { role })).body.token as string;
    carla = await signedIn(server, "carla@example.com", { invitationToken: await invite("commenter") });
    vera = await signedIn(server, "vera@example.com", { invitationToken: await invite("viewer") });
    mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Checkout" })).body.id;
    const doc = withCards((await owner.send("GET", `/api/maps/${mapId}`)).body.document, []);
    assert.equal((await owner.send("PUT", `/api/maps/${mapId}/document`, { document: doc })).status, 200);
    stepId = Object.keys(doc.steps)[0]!;
    for (const who of [owner, carla, vera]) await readAll(who);
  });
  after(() => server.close());

  it("tells a mentioned member once, with the map, anchor and comment to open, and not an author who mentions themself", async () => {
    const t = (await carla.send("POST", comments(), { target: { kind: "step", id: stepId }, body: "@vera look here, says @carla" })).body;
    const mentions = await kindOf(vera, "mention");
    assert.equal(mentions.length, 1);
    assert.equal(mentions[0]!.read, false);
    assert.deepEqual(mentions[0]!.subject, { type: "comment_message", id: t.messages[0].id });
    assert.deepEqual(mentions[0]!.detail, {
      mapId,
      title: "Checkout",
      threadId: t.id,
      commentId: t.messages[0].id,
      anchorId: `anchor:${t.id}`,
      targetKind: "step",
      targetId: stepId,
      authorId: carla.userId,
      authorName: "carla",
      excerpt: "@vera look here, says @carla",
    });
    assert.deepEqual(await kindOf(carla, "mention"), []);
    assert.deepEqual(await kindOf(owner, "mention"), []);
    await readAll(vera);
  });

  it("tells members an edit newly mentions, and nobody twice for the same comment even after reading it", async () => {
    const t = (await carla.send("POST", comments(), { target: { kind: "map" }, body: "draft" })).body;
    const path = `${comments()}/${t.id}/messages/${t.messages[0].id}`;
    assert.equal((await carla.send("PATCH", path, { body: "draft for @vera" })).status, 200);
    const first = (await kindOf(vera, "mention")).filter((n) => n.subject.id === t.messages[0].id);
    assert.equal(first.length, 1);
    assert.equal(first[0]!.detail.targetKind, "map");
    assert.equal(first[0]!.detail.targetId, "");
    await readAll(vera);
    assert.equal((await carla.send("PATCH", path, { body: "draft" })).status, 200);
    assert.equal((await carla.send("PATCH", path, { body: "draft for @vera, and @owner" })).status, 200);
    const again = (await kindOf(vera, "mention")).filter((n) => n.subject.id === t.messages[0].id);
    assert.equal(again.length, 1, "still the one notification");
    assert.equal(again[0]!.read, true);
    assert.equal((await kindOf(owner, "mention")).filter((n) => n.subject.id === t.messages[0].id).length, 1, "the owner is new to it");
    await readAll(owner);
  });

  it("tells who started or replied in a thread about a reply, not the replier, and adds replies up while unread", async () => {
    const t = (await owner.send("POST", comments(), { target: { kind: "step", id: stepId }, body: "Is Browse right?" })).body;
    await carla.send("POST", `${comments()}/${t.id}/messages`, { body: "yes" });
    assert.deepEqual(await kindOf(carla, "reply"), [], "not told of one's own reply");
    const toOwner = await kindOf(owner, "reply");
    assert.equal(toOwner.length, 1);
    assert.deepEqual(toOwner[0]!.subject, { type: "comment_thread", id: t.id });
    assert.equal(toOwner[0]!.detail.authorName, "carla");

    const second = (await owner.send("POST", `${comments()}/${t.id}/messages`, { body: "thanks" })).body;
    const toCarla = await kindOf(carla, "reply");
    assert.equal(toCarla.length, 1, "carla replied in it, so she hears of the next reply");
    assert.equal(toCarla[0]!.detail.commentId, second.messages[2].id);

    const third = (await carla.send("POST", `${comments()}/${t.id}/messages`, { body: "one more" })).body;
    const added = await kindOf(owner, "reply");
    assert.equal(added.length, 1);
    assert.equal(added[0]!.count, 2);
    assert.equal(added[0]!.detail.commentId, third.messages[3].id, "points at the newest reply");
    assert.deepEqual(await kindOf(vera, "reply"), [], "vera never wrote in it");
  });

  it("tells a participant who is mentioned in a reply by a mention only", async () => {
    const started = (await carla.send("POST", comments(), { target: { kind: "map" }, body: "who owns this?" })).body;
    await readAll(carla);
    const reply = (await owner.send("POST", `${comments()}/${started.id}/messages`, { body: "@carla I do" })).body;
    const mentions = (await kindOf(carla, "mention")).filter((n) => n.subject.id === reply.messages[1].id);
    assert.equal(mentions.length, 1);
    assert.deepEqual((await kindOf(carla, "reply")).filter((n) => n.subject.id === started.id), []);
  });

  it("takes back the notifications of a deleted message, and of a deleted thread's replies", async () => {
    const t = (await carla.send("POST", comments(), { target: { kind: "map" }, body: "ping @vera" })).body;
    const reply = (await owner.send("POST", `${comments()}/${t.id}/messages`, { body: "@vera too" })).body;
    const mentionsOf = async (messageId: string) => (await kindOf(vera, "mention")).filter((n) => n.subject.id === messageId);
    assert.equal((await mentionsOf(reply.messages[1].id)).length, 1);
    assert.equal((await kindOf(carla, "reply")).filter((n) => n.subject.id === t.id).length, 1);

    assert.equal((await owner.send("DELETE", `${comments()}/${t.id}/messages/${reply.messages[1].id}`)).body.threadDeleted, false);
    assert.deepEqual(await mentionsOf(reply.messages[1].id), [], "the deleted reply's mention is gone");
    assert.equal((await mentionsOf(t.messages[0].id)).length, 1, "the first message's mention stays");
    assert.equal((await kindOf(carla, "reply")).filter((n) => n.subject.id === t.id).length, 1, "the thread still exists");

    assert.equal((await carla.send("DELETE", `${comments()}/${t.id}/messages/${t.messages[0].id}`)).body.threadDeleted, true);
    assert.deepEqual(await mentionsOf(t.messages[0].id), []);
    assert.deepEqual((await kindOf(carla, "reply")).filter((n) => n.subject.id === t.id), [], "no reply notification leads to a deleted thread");
  });
});
