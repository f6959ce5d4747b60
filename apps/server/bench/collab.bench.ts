/**
 * Live editing: 100 @hocuspocus/provider clients on one map over loopback. Each round one client
 * renames the map and the round ends when the update has reached all 99 others; `ms` is the p99
 * of that time over the rounds. The baseline is the same clients, the same edits, on a bare
 * Hocuspocus (no authentication, no persistence) in the same process and run, the two taking
 * turns in slices after a warm-up each. The clients run in a child process (collab-fanout.ts), so
 * their own decoding shares no thread with the server. A second row is the server's resident
 * memory with 100 maps open (a child process, one client per map). Loopback only; bounded by
 * ROUNDS and the timeouts below.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocketServer } from "ws";
import { Hocuspocus } from "@hocuspocus/server";
import type { JourneyDocument } from "@kaart/core";
import { collabClient, eventually, type CollabClient } from "../src/testing/collab-client";
import { killHard, startServerProcess } from "../src/testing/server-process";
import { Caller, signedIn, startTestServer } from "../src/testing/test-server";
import { closeAll, fanOutFromChild, type FanOutResult } from "./collab-fanout";

const CLIENTS = 100;
const ROUNDS = 200;
const SLICES = 2;
const WARM_UP_ROUNDS = 30;
const MAPS = 100;

interface FanOutServer {
  /** One slice of rounds with freshly connected clients. */
  slice(rounds: number): Promise<FanOutResult>;
  close(): Promise<void>;
}

async function kaartServer(): Promise<FanOutServer & { doc: JourneyDocument }> {
  const server = await startTestServer("sqlite", { collab: true });
  const owner = await signedIn(server, "bench@example.com");
  const ws = (await owner.send("POST", "/api/workspaces", { name: "Bench" })).body.id;
  const mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Bench", templateId: "saas-onboarding" })).body.id;
  const doc = (await owner.send("GET", `/api/maps/${mapId}`)).body.document as JourneyDocument;
  const token = (await owner.send("POST", "/api/auth/tokens", { name: "bench" })).body.token;
  return { doc, slice: (rounds) => fanOutFromChild({ url: server.url, mapId, token, clients: CLIENTS, rounds }), close: () => server.close() };
}

async function bareServer(doc: JourneyDocument): Promise<FanOutServer> {
  const hocuspocus = new Hocuspocus({ quiet: true });
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  wss.on("connection", (socket, req) => hocuspocus.handleConnection(socket, req));
  await new Promise((r) => wss.once("listening", r));
  const address = wss.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    slice: (rounds) => fanOutFromChild({ url, mapId: doc.map.id, token: "none", clients: CLIENTS, rounds, seed: doc }),
    close: async () => {
      hocuspocus.closeConnections();
      await new Promise((r) => wss.close(r));
    },
  };
}

/**
 * Both servers live in this process and share yjs, ws and Hocuspocus, so whichever ran first
 * would warm the JIT for the other: each gets a warm-up slice, then they alternate.
 */
async function latencies(): Promise<{ kaart: FanOutResult; bare: FanOutResult }> {
  const kaart = await kaartServer();
  const bare = await bareServer(kaart.doc);
  const totals = { kaart: { times: [] as number[], serverCpuMs: 0 }, bare: { times: [] as number[], serverCpuMs: 0 } };
  try {
    await bare.slice(WARM_UP_ROUNDS);
    await kaart.slice(WARM_UP_ROUNDS);
    for (let i = 0; i < SLICES; i++) {
      for (const [name, server] of [["kaart", kaart], ["bare", bare]] as const) {
        const r = await server.slice(ROUNDS / SLICES);
        totals[name].times.push(...r.times);
        totals[name].serverCpuMs += r.serverCpuMs;
      }
    }
    return totals;
  } finally {
    await bare.close();
    await kaart.close();
  }
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

function p99(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

/** Resident memory of a real server process before and after a client opens each of MAPS maps. */
async function serverMemory(): Promise<{ idle: number; open: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), "kaart-bench-"));
  const proc = await startServerProcess({ DATA_DIR: dataDir });
  const clients: CollabClient[] = [];
  try {
    const owner = new Caller(proc.url);
    await owner.send("POST", "/api/auth/login", { email: proc.demo!.email, password: proc.demo!.password });
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Bench" })).body.id;
    const token = (await owner.send("POST", "/api/auth/tokens", { name: "bench" })).body.token;
    const ids: string[] = [];
    for (let i = 0; i < MAPS; i++) ids.push((await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: `Map ${i}`, templateId: "saas-onboarding" })).body.id);
    const idle = rssMb(proc.child.pid!);
    for (const id of ids) clients.push(collabClient(proc.url, id, { token }));
    await eventually(() => clients.every((c) => c.provider.isSynced), `${MAPS} maps open`, 60_000);
    return { idle, open: rssMb(proc.child.pid!) };
  } finally {
    await closeAll(clients);
    await killHard(proc);
    // The pipes of a killed child stay open until destroyed, and would keep this process alive.
    proc.child.stdout?.destroy();
    proc.child.stderr?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchCollab() {
  const started = performance.now();
  const { kaart, bare } = await latencies();
  const memory = await serverMemory();
  console.error(`collab bench: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const perEdit = (r: FanOutResult) => (1000 * r.serverCpuMs) / ROUNDS;
  return [
    {
      name: `collab: p99 edit → all ${CLIENTS - 1} other clients, Kaart vs bare Hocuspocus`,
      ms: p99(kaart.times),
      baselineMs: p99(bare.times),
      ratio: p99(kaart.times) / p99(bare.times),
      target: "ratio ≤ 1.3, p99 < 50 ms",
      note: `${ROUNDS} edits, saas-onboarding template; median ${median(kaart.times).toFixed(1)} ms vs ${median(bare.times).toFixed(1)} ms; server CPU per edit ${perEdit(kaart).toFixed(0)} µs vs ${perEdit(bare).toFixed(0)} µs`,
    },
    {
      name: `collab: server RSS with ${MAPS} maps open (MB, not ms)`,
      ms: memory.open,
      baselineMs: memory.idle,
      ratio: memory.open / memory.idle,
      note: "baseline: the same server process with the maps created but none open",
    },
  ];
}
