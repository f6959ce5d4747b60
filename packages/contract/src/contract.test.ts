import { it } from "node:test";
import assert from "node:assert/strict";
import { ERROR_CODES, ERROR_CODE_LIST } from "./error-codes";
import { ENDPOINTS } from "./endpoints";
import { openApiDocument } from "./openapi";
import { createClient, KaartApiError, type FetchLike } from "./client";
import { plainString } from "./text-fields";

it("gives every error code a 4xx or 5xx status and a snake_case name", () => {
  for (const code of ERROR_CODE_LIST) {
    assert.match(code, /^[a-z]+(_[a-z]+)*$/);
    assert.ok(ERROR_CODES[code] >= 400 && ERROR_CODES[code] < 600, code);
  }
});

it("describes every endpoint in the OpenAPI document, path parameters included", () => {
  const doc = openApiDocument() as { paths: Record<string, Record<string, { operationId: string; parameters: { name: string; in: string }[] }>> };
  for (const [name, e] of Object.entries(ENDPOINTS)) {
    const path = e.path.replace(/:([A-Za-z]+)/g, "{$1}");
    const op = doc.paths[path]?.[e.method.toLowerCase()];
    assert.equal(op?.operationId, name);
    for (const p of e.path.match(/:([A-Za-z]+)/g) ?? []) assert.ok(op.parameters.some((q) => q.in === "path" && q.name === p.slice(1)), `${name} ${p}`);
  }
  assert.equal(new Set(Object.values(ENDPOINTS).map((e) => `${e.method} ${e.path}`)).size, Object.keys(ENDPOINTS).length);
});

it("builds requests from endpoint names and throws coded errors", async () => {
  const seen: { url: string; method: string; headers: Record<string, string>; body?: string }[] = [];
  const reply = (status: number, body: unknown) => ({ ok: status < 400, status, json: async () => body, arrayBuffer: async () => new ArrayBuffer(0) });
  const fetch: FetchLike = async (url, init) => {
    seen.push({ url, ...init });
    return url.includes("/maps/") ? reply(404, { error: { code: "not_found", message: "map not found" } }) : reply(201, { id: "ws_AAAAAAAAAAAAAAAAAAAAAA", name: "W", role: "owner", createdAt: "t" });
  };
  const api = createClient({ baseUrl: "http://kaart.test/", fetch, csrfToken: () => "csrf" });
  const ws = await api.createWorkspace({ body: { name: "W" } });
  assert.equal(ws.role, "owner");
  assert.equal(seen[0]!.url, "http://kaart.test/api/workspaces");
  assert.equal(seen[0]!.headers["x-kaart-csrf"], "csrf");
  await assert.rejects(api.getMap({ params: { mapId: "map:a/b" } }), (e: unknown) => e instanceof KaartApiError && e.code === "not_found" && e.status === 404);
  assert.equal(seen[1]!.url, "http://kaart.test/api/maps/map%3Aa%2Fb");
  assert.equal(seen[1]!.headers["x-kaart-csrf"], undefined);
});

it("accepts RTL, emoji and HTML in text but not control characters", () => {
  const name = plainString(100);
  assert.ok(name.safeParse("<b>سلام</b> 👋").success);
  assert.ok(!name.safeParse("a\u0000b").success);
  assert.ok(!name.safeParse("").success);
});
