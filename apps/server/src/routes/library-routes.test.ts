import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { collabClient, documentOf, eventually } from "../testing/collab-client";

await forEachDialect("workspace personas and touchpoints", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  let ws: string;
  const enc = encodeURIComponent;
  const newMap = async (title: string) => (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title })).body.id as string;
  const doc = async (mapId: string) => (await owner.send("GET", `/api/maps/${enc(mapId)}`)).body.document;

  before(async () => {
    server = await startTestServer(dialect, { collab: true });
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
  });
  after(() => server.close());

  it("creates, lists and attaches a persona: the map holds a linked copy that is a target", async () => {
    const created = await owner.send("POST", `/api/workspaces/${ws}/personas`, { name: "Mia", age: 34, occupation: "Nurse", needs: ["Speed"] });
    assert.equal(created.status, 201);
    assert.match(created.body.id, /^wpe_/);
    assert.deepEqual(created.body.persona.needs, ["Speed"]);
    const mapId = await newMap("Shop");
    const attached = await owner.send("POST", `/api/maps/${enc(mapId)}/workspace-personas`, { workspacePersonaId: created.body.id });
    assert.equal(attached.status, 201);
    const d = await doc(mapId);
    const copy = d.personas[attached.body.personaId];
    assert.equal(copy.name, "Mia");
    assert.equal(copy.workspacePersonaId, created.body.id);
    assert.ok(d.map.scope.targetPersonaIds.includes(attached.body.personaId));
    const listed = (await owner.send("GET", `/api/workspaces/${ws}/personas`)).body;
    assert.deepEqual(listed.find((p: { id: string }) => p.id === created.body.id).usedBy, [{ mapId, title: "Shop" }]);
    assert.equal((await owner.send("POST", `/api/maps/${enc(mapId)}/workspace-personas`, { workspacePersonaId: created.body.id })).body.error.code, "conflict");
  });

  it("changing a shared persona changes every map's copy, clearing removed fields, and connected editors see it", async () => {
    const entry = (await owner.send("POST", `/api/workspaces/${ws}/personas`, { name: "Ben", quote: "Hurry", age: 50 })).body;
    const [a, b, untouched] = [await newMap("A"), await newMap("B"), await newMap("C")];
    const copyA = (await owner.send("POST", `/api/maps/${enc(a)}/workspace-personas`, { workspacePersonaId: entry.id })).body.personaId;
    const copyB = (await owner.send("POST", `/api/maps/${enc(b)}/workspace-personas`, { workspacePersonaId: entry.id })).body.personaId;
    const token = (await owner.send("POST", "/api/auth/tokens", { name: "live" })).body.token;
    const editor = collabClient(server.url, a, { token });
    try {
      await eventually(() => documentOf(editor)?.personas[copyA]?.name === "Ben", "the editor synced");
      const put = await owner.send("PUT", `/api/workspaces/${ws}/personas/${entry.id}`, { name: "Benjamin", age: 51 });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      assert.deepEqual(put.body.usedBy.map((u: { mapId: string }) => u.mapId).sort(), [a, b].sort());
      for (const [mapId, copyId] of [[a, copyA], [b, copyB]] as const) {
        const copy = (await doc(mapId)).personas[copyId];
        assert.equal(copy.name, "Benjamin");
        assert.equal(copy.age, 51);
        assert.equal(copy.quote, undefined, "a field the entry dropped is cleared in the copy");
      }
      await eventually(() => documentOf(editor)?.personas[copyA]?.name === "Benjamin", "the connected editor sees the change");
    } finally {
      editor.close();
    }
    assert.deepEqual((await doc(untouched)).personas, {});
  });

  it("refuses to delete a persona maps use unless forced, naming the maps; forced, the copies stay unlinked", async () => {
    const entry = (await owner.send("POST", `/api/workspaces/${ws}/personas`, { name: "Kai" })).body;
    const mapId = await newMap("Uses Kai");
    const copyId = (await owner.send("POST", `/api/maps/${enc(mapId)}/workspace-personas`, { workspacePersonaId: entry.id })).body.personaId;
    const refused = await owner.send("DELETE", `/api/workspaces/${ws}/personas/${entry.id}`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, "in_use");
    assert.deepEqual(refused.body.error.issues, [{ path: `/maps/${mapId}`, message: "Uses Kai" }]);
    assert.equal((await owner.send("DELETE", `/api/workspaces/${ws}/personas/${entry.id}?force=true`)).status, 200);
    const copy = (await doc(mapId)).personas[copyId];
    assert.equal(copy.name, "Kai");
    assert.equal(copy.workspacePersonaId, undefined);
    assert.equal((await owner.send("GET", `/api/workspaces/${ws}/personas`)).body.some((p: { id: string }) => p.id === entry.id), false);
    const unused = (await owner.send("POST", `/api/workspaces/${ws}/personas`, { name: "Solo" })).body;
    assert.equal((await owner.send("DELETE", `/api/workspaces/${ws}/personas/${unused.id}`)).status, 200);
  });

  it("shares touchpoints the same way; online follows the channel unless given", async () => {
    const store = (await owner.send("POST", `/api/workspaces/${ws}/touchpoints`, { name: "Store", channel: "inPerson" })).body;
    assert.equal(store.touchpoint.online, false);
    const mapId = await newMap("Retail");
    const copyId = (await owner.send("POST", `/api/maps/${enc(mapId)}/workspace-touchpoints`, { workspaceTouchpointId: store.id })).body.touchpointId;
    assert.equal((await doc(mapId)).touchpoints[copyId].workspaceTouchpointId, store.id);
    await owner.send("PUT", `/api/workspaces/${ws}/touchpoints/${store.id}`, { name: "Flagship store", channel: "inPerson", ownerTeam: "Retail" });
    const copy = (await doc(mapId)).touchpoints[copyId];
    assert.equal(copy.name, "Flagship store");
    assert.equal(copy.ownerTeam, "Retail");
    assert.equal((await owner.send("DELETE", `/api/workspaces/${ws}/touchpoints/${store.id}`)).body.error.code, "in_use");
  });

  it("keeps entries inside their workspace: another workspace's id is not found", async () => {
    const other = (await owner.send("POST", "/api/workspaces", { name: "Other" })).body.id;
    const foreign = (await owner.send("POST", `/api/workspaces/${other}/personas`, { name: "Far" })).body;
    const mapId = await newMap("Here");
    assert.equal((await owner.send("POST", `/api/maps/${enc(mapId)}/workspace-personas`, { workspacePersonaId: foreign.id })).status, 404);
    assert.equal((await owner.send("PUT", `/api/workspaces/${ws}/personas/${foreign.id}`, { name: "X" })).status, 404);
    assert.equal((await owner.send("POST", `/api/workspaces/${ws}/personas`, { name: "" })).body.error.code, "invalid_request");
  });
});
