/**
 * GET /api/maps/:id through the whole pipeline (session lookup, authorization, reading the stored
 * Y.Doc, presenting) against a bare Fastify route returning the same JSON, both under 200
 * concurrent keep-alive connections on loopback for a bounded time. `ms` is wall time per request
 * (throughput); p99 latency is in the note.
 */
import { Agent, request } from "node:http";
import Fastify from "fastify";
import { signedIn, startTestServer } from "../src/testing/test-server";

const CONNECTIONS = 200;
const SECONDS = 3;

async function load(url: string, headers: Record<string, string>): Promise<{ msPerRequest: number; p99: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  const one = () =>
    new Promise<void>((done) => {
      const t = performance.now();
      const req = request(url, { agent, headers }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode === 200) latencies.push(performance.now() - t);
          else errors++;
          done();
        });
      });
      req.on("error", () => (errors++, done()));
      req.end();
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < end) await one();
  }));
  const elapsed = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { msPerRequest: elapsed / Math.max(1, latencies.length), p99: latencies[Math.floor(latencies.length * 0.99)] ?? NaN, errors };
}

export async function benchApi() {
  const server = await startTestServer("sqlite");
  const owner = await signedIn(server, "bench@example.com");
  const ws = (await owner.send("POST", "/api/workspaces", { name: "Bench" })).body.id;
  const map = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Bench", templateId: "saas-onboarding" })).body;
  const body = JSON.stringify((await owner.send("GET", `/api/maps/${map.id}`)).body);
  const bare = Fastify();
  bare.get("/same", async (_req, reply) => reply.type("application/json").send(body));
  await bare.listen({ host: "127.0.0.1", port: 0 });
  const address = bare.server.address();
  const bareUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/same`;
  try {
    const api = await load(`${server.url}/api/maps/${encodeURIComponent(map.id)}`, { cookie: `kaart_session=${owner.cookie}` });
    const baseline = await load(bareUrl, {});
    return {
      name: "server: GET /api/maps/:id vs bare Fastify (200 connections)",
      ms: api.msPerRequest,
      baselineMs: baseline.msPerRequest,
      ratio: api.msPerRequest / baseline.msPerRequest,
      note: `p99 ${api.p99.toFixed(0)} ms vs ${baseline.p99.toFixed(0)} ms; ${body.length} bytes; errors ${api.errors}/${baseline.errors}`,
    };
  } finally {
    await bare.close();
    await server.close();
  }
}
