/**
 * GET /api/maps/:id through the whole pipeline (session lookup, authorization, reading the stored
 * Y.Doc, presenting) against a bare Fastify route returning the same JSON, both under 200
 * concurrent keep-alive connections on loopback, the load coming from a child process
 * (http-load.ts). The two alternate in short slices so a change in machine load hits both alike.
 * `ms` is wall time per request (the inverse of throughput); the note has p99 latency and the
 * server's CPU time per request.
 */
import Fastify from "fastify";
import { signedIn, startTestServer } from "../src/testing/test-server";
import { loadProcess, type LoadResult } from "./http-load";

const CONNECTIONS = 200;
const SLICES = 4;
const SLICE_SECONDS = 1.5;

interface Totals {
  elapsedMs: number;
  cpuMs: number;
  latencies: number[];
  errors: number;
}

function add(into: Totals, r: LoadResult, expectStatus: number): void {
  into.elapsedMs += r.elapsedMs;
  into.cpuMs += r.serverCpuMs;
  into.latencies.push(...r.latencies);
  into.errors += r.errors + (r.status === expectStatus ? 0 : r.latencies.length);
}

function summary(t: Totals) {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const n = Math.max(1, sorted.length);
  return { msPerRequest: t.elapsedMs / n, p99: sorted[Math.floor(sorted.length * 0.99)] ?? NaN, cpuUs: (1000 * t.cpuMs) / n, errors: t.errors };
}

export async function benchApi() {
  const server = await startTestServer("sqlite");
  const owner = await signedIn(server, "bench@example.com");
  const ws = (await owner.send("POST", "/api/workspaces", { name: "Bench" })).body.id;
  const map = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Bench", templateId: "saas-onboarding" })).body;
  const first = await owner.send("GET", `/api/maps/${map.id}`);
  const body = JSON.stringify(first.body);
  const bare = Fastify();
  bare.get("/same", async (_req, reply) => reply.type("application/json").send(body));
  await bare.listen({ host: "127.0.0.1", port: 0 });
  const address = bare.server.address();
  const bareUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/same`;
  const mapUrl = `${server.url}/api/maps/${encodeURIComponent(map.id)}`;
  const cookie = `kaart_session=${owner.cookie}`;
  const load = loadProcess();
  const kaart: Totals = { elapsedMs: 0, cpuMs: 0, latencies: [], errors: 0 };
  const baseline: Totals = { elapsedMs: 0, cpuMs: 0, latencies: [], errors: 0 };
  const revalidated: Totals = { elapsedMs: 0, cpuMs: 0, latencies: [], errors: 0 };
  try {
    const slice = (url: string, headers: Record<string, string>) => load.run({ url, headers, connections: CONNECTIONS, seconds: SLICE_SECONDS });
    for (let i = 0; i < SLICES; i++) {
      add(kaart, await slice(mapUrl, { cookie }), 200);
      add(baseline, await slice(bareUrl, {}), 200);
    }
    const etag = first.headers.get("etag");
    if (etag) add(revalidated, await slice(mapUrl, { cookie, "if-none-match": etag }), 304);
    const api = summary(kaart);
    const same = summary(baseline);
    const notModified = summary(revalidated);
    return {
      name: "server: GET /api/maps/:id vs bare Fastify (200 connections)",
      ms: api.msPerRequest,
      baselineMs: same.msPerRequest,
      ratio: api.msPerRequest / same.msPerRequest,
      target: "≥ 0.5 of its throughput (ratio ≤ 2), p99 < 20 ms",
      note:
        `p99 ${api.p99.toFixed(0)} ms vs ${same.p99.toFixed(0)} ms; server CPU ${api.cpuUs.toFixed(0)} µs vs ${same.cpuUs.toFixed(0)} µs per request; ` +
        `${body.length} bytes; errors ${api.errors}/${same.errors}; with If-None-Match (304): ${notModified.msPerRequest.toFixed(3)} ms, p99 ${notModified.p99.toFixed(0)} ms, errors ${notModified.errors}`,
    };
  } finally {
    load.close();
    await bare.close();
    await server.close();
  }
}
