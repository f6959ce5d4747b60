/**
 * Collaboration clients for the fan-out benchmark, run in a child process so the server under
 * test has its thread to itself and both servers of a comparison meet the same client code. Each
 * round one client renames the map and the round ends when the update has reached every other
 * client; the child answers with each round's time from the edit to the last arrival.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { JourneyDocument } from "@kaart/core";
import { documentCodec } from "../src/features/document-codec";
import { collabClient, editDocument, eventually, type CollabClient } from "../src/testing/collab-client";

export interface FanOutSpec {
  url: string;
  mapId: string;
  token: string;
  clients: number;
  rounds: number;
  /** Written by the first client before the others connect (a server that stores nothing starts empty). */
  seed?: JourneyDocument;
}

export interface FanOutResult {
  /** Per round, ms from the edit to its arrival at the last of the other clients. */
  times: number[];
  /** CPU time the calling process (the server) used during the rounds. */
  serverCpuMs: number;
}

/** Destroyed providers may still be finishing a socket; let them go before their server does. */
export async function closeAll(clients: CollabClient[]): Promise<void> {
  for (const c of clients) c.stayDown();
  for (const c of clients) c.close();
  await new Promise((r) => setTimeout(r, 200));
}

async function connect(spec: FanOutSpec): Promise<CollabClient[]> {
  const clients: CollabClient[] = [];
  if (spec.seed) {
    const first = collabClient(spec.url, spec.mapId, { token: spec.token });
    clients.push(first);
    await eventually(() => first.provider.isSynced, "first client synced");
    documentCodec.write(spec.seed, first.doc);
  }
  while (clients.length < spec.clients) clients.push(collabClient(spec.url, spec.mapId, { token: spec.token }));
  await eventually(() => clients.every((c) => c.provider.isSynced && c.doc.share.size > 0), `${spec.clients} clients synced`, 60_000);
  return clients;
}

async function rounds(clients: CollabClient[], count: number): Promise<number[]> {
  const arrived = new Array<number>(clients.length).fill(0);
  clients.forEach((c, i) =>
    c.doc.on("update", (_u: Uint8Array, origin: unknown) => {
      if (origin !== null) arrived[i] = performance.now();
    }),
  );
  const times: number[] = [];
  for (let round = 0; round < count; round++) {
    const sender = round % clients.length;
    const t0 = performance.now();
    editDocument(clients[sender]!, (d) => ({ ...d, map: { ...d.map, title: `Round ${round}` } }));
    await eventually(() => arrived.every((t, i) => i === sender || t >= t0), `round ${round} reached everyone`, 10_000);
    times.push(Math.max(...arrived.filter((_, i) => i !== sender)) - t0);
  }
  return times;
}

/** Runs the clients in a child process against `spec.url`; resolves once they have closed. */
export function fanOutFromChild(spec: FanOutSpec): Promise<FanOutResult> {
  const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ["--import", "tsx"] });
  return new Promise((resolve, reject) => {
    let cpu = process.cpuUsage();
    let serverCpuMs = 0;
    child.on("message", (m: { phase: "rounds" | "closed"; times?: number[] }) => {
      if (m.phase === "rounds" && !m.times) cpu = process.cpuUsage();
      else if (m.phase === "rounds") {
        const used = process.cpuUsage(cpu);
        serverCpuMs = (used.user + used.system) / 1000;
      } else resolve({ times: m.times ?? [], serverCpuMs });
    });
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`collab clients exited with ${code}`))));
    child.send(spec);
  });
}

// As the child: connect, report the start of the rounds, run them, close, report, exit.
if (process.send) {
  process.once("message", async (spec: FanOutSpec) => {
    const clients = await connect(spec);
    process.send!({ phase: "rounds" });
    const times = await rounds(clients, spec.rounds);
    process.send!({ phase: "rounds", times });
    await closeAll(clients);
    process.send!({ phase: "closed", times }, () => process.exit(0));
  });
}
