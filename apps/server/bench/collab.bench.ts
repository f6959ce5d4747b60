/**
 * Live editing: 100 @hocuspocus/provider clients on one map over loopback. Each round one client
 * renames the map and the round ends when the update has reached all 99 others; `ms` is the p99
 * of that time over the rounds. The baseline is the same clients, the same edits, on a bare
 * Hocuspocus (no authentication, no persistence) in the same process and run. A second row is
 * the server's resident memory with 100 maps open (a child process, one client per map). Loopback
 * only; bounded by ROUNDS and the timeouts below.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocketServer } from "ws";
import { Hocuspocus } from "@hocuspocus/server";
import type { JourneyDocument } from "@kaart/core";
import { documentCodec } from "../src/features/document-codec";
import { collabClient, editDocument, eventually, type CollabClient } from "../src/testing/collab-client";
import { killHard, startServerProcess } from "../src/testing/server-process";
import { Caller, signedIn, startTestServer } from "../src/testing/test-server";

const CLIENTS = 100;
const ROUNDS = 200;
const MAPS = 100;

/** Destroyed providers may still be finishing a socket; let them go before their server does. */
async function closeAll(clients: CollabClient[]): Promise<void> {
  for (const c of clients) c.stayDown();
  for (const c of clients) c.close();
  await new Promise((r) => setTimeout(r, 200));
}

async function connectAll(url: string, mapId: string, token: string): Promise<CollabClient[]> {
  const clients = Array.from({ length: CLIENTS }, () => collabClient(url, mapId, { token }));
  await eventually(() => clients.every((c) => c.provider.isSynced), `${CLIENTS} clients synced`, 60_000);
  return clients;
}

/** p99 over ROUNDS of the time from one client's edit to its arrival at every other client. */
async function fanOut(clients: CollabClient[]): Promise<number> {
  const arrived = new Array<number>(clients.length).fill(0);
  clients.forEach((c, i) => c.doc.on("update", (_u: Uint8Array, origin: unknown) => {
    if (origin !== null) arrived[i] = performance.now();
  }));
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const sender = round % clients.length;
    const t0 = performance.now();
    editDocument(clients[sender]!, (d) => ({ ...d, map: { ...d.map, title: `Round ${round}` } }));
    await eventually(() => arrived.every((t, i) => i === sender || t >= t0), `round ${round} reached everyone`, 10_000);
    times.push(Math.max(...arrived.filter((_, i) => i !== sender)) - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!;
}

async function kaartLatency(): Promise<{ p99: number; doc: JourneyDocument }> {
  const server = await startTestServer("sqlite", { collab: true });
  const clients: CollabClient[] = [];
  try {
    const owner = await signedIn(server, "bench@example.com");
    const ws = (await owner.send("POST", "/api/workspaces", { name: "Bench" })).body.id;
    const mapId = (await owner.send("POST", `/api/workspaces/${ws}/maps`, { title: "Bench", templateId: "saas-onboarding" })).body.id;
    const doc = (await owner.send("GET", `/api/maps/${mapId}`)).body.document as JourneyDocument;
    const token = (await owner.send("POST", "/api/auth/tokens", { name: "bench" })).body.token;
    clients.push(...(await connectAll(server.url, mapId, token)));
    return { p99: await fanOut(clients), doc };
  } finally {
    await closeAll(clients);
    await server.close();
  }
}

async function bareLatency(doc: JourneyDocument): Promise<number> {
  const hocuspocus = new Hocuspocus({ quiet: true });
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  wss.on("connection", (socket, req) => hocuspocus.handleConnection(socket, req));
  await new Promise((r) => wss.once("listening", r));
  const address = wss.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const clients: CollabClient[] = [];
  try {
    const first = collabClient(url, doc.map.id, { token: "none" });
    clients.push(first);
    await eventually(() => first.provider.isSynced, "first bare client synced");
    documentCodec.write(doc, first.doc);
    const rest = await connectAll(url, doc.map.id, "none");
    await closeAll(rest.slice(0, 1)); // the first client already stands in for it
    clients.push(...rest.slice(1));
    await eventually(() => clients.every((c) => c.doc.share.size > 0), "the document reached every bare client", 30_000);
    return await fanOut(clients);
  } finally {
    await closeAll(clients);
    hocuspocus.closeConnections();
    await new Promise((r) => wss.close(r));
  }
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
  const kaart = await kaartLatency();
  const bare = await bareLatency(kaart.doc);
  const memory = await serverMemory();
  console.error(`collab bench: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return [
    {
      name: `collab: p99 edit → all ${CLIENTS - 1} other clients, Kaart vs bare Hocuspocus`,
      ms: kaart.p99,
      baselineMs: bare,
      ratio: kaart.p99 / bare,
      target: "ratio ≤ 1.3, p99 < 50 ms",
      note: `${ROUNDS} edits, saas-onboarding template`,
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
