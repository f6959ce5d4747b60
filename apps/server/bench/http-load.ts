/**
 * A keep-alive HTTP load generator that runs in a child process, so the server under test has its
 * thread to itself and both sides of a comparison are loaded by the same client code. Every
 * connection is opened and used once before the clock starts (connection set-up is not what the
 * figures are about); then each connection sends its next request as soon as the last one ends.
 */
import { Agent, request } from "node:http";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface LoadSpec {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  elapsedMs: number;
  /** Of every answer with the status of the first one. */
  latencies: number[];
  /** Answers with another status than the first one, and transport errors. */
  errors: number;
  status: number;
  /** CPU time the calling process used while the load ran. */
  serverCpuMs: number;
}

function once(agent: Agent, spec: LoadSpec): Promise<{ status: number; ms: number }> {
  return new Promise((done) => {
    const t = performance.now();
    const req = request(spec.url, { agent, headers: spec.headers }, (res) => {
      res.resume();
      res.on("end", () => done({ status: res.statusCode ?? 0, ms: performance.now() - t }));
    });
    req.on("error", () => done({ status: 0, ms: performance.now() - t }));
    req.end();
  });
}

async function run(spec: LoadSpec, started: () => void): Promise<Omit<LoadResult, "serverCpuMs">> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const warm = await Promise.all(Array.from({ length: spec.connections }, () => once(agent, spec)));
  const status = warm[0]!.status;
  const latencies: number[] = [];
  let errors = 0;
  started();
  const t0 = performance.now();
  const end = t0 + spec.seconds * 1000;
  await Promise.all(
    Array.from({ length: spec.connections }, async () => {
      while (performance.now() < end) {
        const r = await once(agent, spec);
        if (r.status === status) latencies.push(r.ms);
        else errors++;
      }
    }),
  );
  const elapsedMs = performance.now() - t0;
  agent.destroy();
  return { elapsedMs, latencies, errors, status };
}

/**
 * A child process that loads one URL per `run` call. The caller's CPU time while the load runs
 * is measured too: the servers under test run in the caller, one at a time, so it is the server's
 * CPU per request, a figure other processes on a busy machine disturb far less than wall time.
 */
export function loadProcess(): { run(spec: LoadSpec): Promise<LoadResult>; close(): void } {
  const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ["--import", "tsx"] });
  return {
    run: (spec) =>
      new Promise((resolve, reject) => {
        let cpu = process.cpuUsage();
        const onMessage = (m: { started?: true } & Omit<LoadResult, "serverCpuMs">) => {
          if (m.started) return void (cpu = process.cpuUsage());
          const used = process.cpuUsage(cpu);
          child.off("message", onMessage);
          child.off("exit", onExit);
          resolve({ ...m, serverCpuMs: (used.user + used.system) / 1000 });
        };
        const onExit = (code: number | null) => reject(new Error(`load process exited with ${code}`));
        child.on("message", onMessage);
        child.once("exit", onExit);
        child.send(spec);
      }),
    close: () => void child.disconnect(),
  };
}

// As the child: a result for every spec received, until the parent disconnects.
if (process.send) {
  process.on("message", async (spec) => {
    const result = await run(spec as LoadSpec, () => process.send!({ started: true }));
    process.send!(result);
  });
}
