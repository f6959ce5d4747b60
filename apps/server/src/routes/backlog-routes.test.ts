import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import type { BacklogItem } from "@kaart/contract";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";
import { withCards, type FixtureCard } from "../testing/map-fixture";

await forEachDialect("GET /api/workspaces/:id/backlog", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  let ws: string;
  const maps: Record<string, string> = {};

  async function mapWith(title: string, cards: FixtureCard[]): Promise<string> {
    const id = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title })).body.id as string;
    const doc = (await owner.send("GET", `/api/maps/${encodeURIComponent(id)}`)).body.document;
    const put = await owner.send("PUT", `/api/maps/${encodeURIComponent(id)}/document`, { document: withCards(doc, cards) });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    return id;
  }
  const backlog = async (query = "") => owner.send<{ items: BacklogItem[]; total: number; error: { code: string } }>("GET", `/api/workspaces/${ws}/backlog${query}`);

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    maps.shop = await mapWith("Shop", [
      { lane: "pains", step: 1, kind: "painPoint", title: "Card declined", severity: 5, impact: 4 },
      { lane: "opportunities", step: 1, kind: "opportunity", title: "Wallet pay", impact: 5, effort: 2, owner: "Ilze", status: "planned" },
      { lane: "opportunities", step: 0, kind: "idea", title: "Not a backlog item" },
    ]);
    maps.support = await mapWith("Support", [
      { lane: "opportunities", step: 0, kind: "opportunity", title: "Callback", impact: 3, effort: 4, owner: "ilze", status: "open" },
      { lane: "opportunities", step: 1, kind: "opportunity", title: "Unrated" },
    ]);
    const archived = await mapWith("Old", [{ lane: "pains", step: 0, kind: "painPoint", title: "Archived pain", impact: 5 }]);
    await owner.send("POST", `/api/maps/${encodeURIComponent(archived)}/archive`);
  });
  after(() => server.close());

  it("lists pain points and opportunities of active maps with map, stage, step and lane", async () => {
    const r = await backlog();
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((i) => i.title).sort(), ["Callback", "Card declined", "Unrated", "Wallet pay"]);
    assert.equal(r.body.total, 4);
    const wallet = r.body.items.find((i) => i.title === "Wallet pay")!;
    assert.equal(wallet.mapId, maps.shop);
    assert.equal(wallet.mapTitle, "Shop");
    assert.equal(wallet.stageName, "Buy");
    assert.equal(wallet.stepName, "Pay");
    assert.equal(wallet.laneName, "Opportunities");
    assert.equal(wallet.feasibility, 4);
    assert.equal(wallet.status, "planned");
  });

  it("sorts by impact descending with unrated cards last, and ascending on request", async () => {
    assert.deepEqual((await backlog()).body.items.map((i) => i.title), ["Wallet pay", "Card declined", "Callback", "Unrated"]);
    assert.deepEqual((await backlog("?sort=impact&order=asc")).body.items.map((i) => i.title), ["Callback", "Card declined", "Wallet pay", "Unrated"]);
    assert.deepEqual((await backlog("?sort=feasibility")).body.items.map((i) => i.title).slice(0, 2), ["Wallet pay", "Callback"]);
    assert.deepEqual((await backlog("?sort=status&order=asc&kind=opportunity")).body.items.map((i) => i.title), ["Callback", "Wallet pay", "Unrated"]);
  });

  it("filters by owner (any case), status, kind, impact, effort and map", async () => {
    const titles = async (q: string) => (await backlog(q)).body.items.map((i) => i.title).sort();
    assert.deepEqual(await titles("?owner=ILZE"), ["Callback", "Wallet pay"]);
    assert.deepEqual(await titles("?status=none"), ["Card declined", "Unrated"]);
    assert.deepEqual(await titles("?kind=painPoint"), ["Card declined"]);
    assert.deepEqual(await titles("?impact=5"), ["Wallet pay"]);
    assert.deepEqual(await titles("?effort=4"), ["Callback"]);
    assert.deepEqual(await titles(`?mapId=${encodeURIComponent(maps.support!)}`), ["Callback", "Unrated"]);
    const limited = await backlog("?limit=1");
    assert.equal(limited.body.items.length, 1);
    assert.equal(limited.body.total, 4);
  });

  it("follows edits: a changed card shows at once", async () => {
    const doc = (await owner.send("GET", `/api/maps/${encodeURIComponent(maps.support!)}`)).body.document;
    const card = Object.values(doc.cards as Record<string, { id: string; title: string; status?: string }>).find((c) => c.title === "Callback")!;
    doc.cards[card.id] = { ...card, status: "done" };
    assert.equal((await owner.send("PUT", `/api/maps/${encodeURIComponent(maps.support!)}/document`, { document: doc })).status, 200);
    assert.deepEqual((await backlog("?status=done")).body.items.map((i) => i.title), ["Callback"]);
  });

  it("refuses unknown filters and out-of-range numbers", async () => {
    assert.equal((await backlog("?impact=9")).body.error.code, "invalid_request");
    assert.equal((await backlog("?sort=colour")).body.error.code, "invalid_request");
    assert.equal((await backlog("?colour=red")).body.error.code, "invalid_request");
  });

  it("answers 404 to someone outside the workspace", async () => {
    const other = (await owner.send("POST", "/api/workspaces", { name: "Elsewhere" })).body.id;
    const invitationToken = (await owner.send("POST", `/api/workspaces/${other}/invitations`, { role: "owner" })).body.token;
    const stranger = await signedIn(server, "stranger@example.com", { invitationToken });
    assert.equal((await stranger.send("GET", `/api/workspaces/${ws}/backlog`)).status, 404);
    assert.deepEqual((await stranger.send("GET", `/api/workspaces/${other}/backlog`)).body.items, []);
  });
});
