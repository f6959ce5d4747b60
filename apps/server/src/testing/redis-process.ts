import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createConnection } from "node:net";

/** Why Redis suites cannot run here, or false. Under CI=true they run (and fail without Redis). */
export function redisSkip(): string | false {
  if (process.env.CI === "true") return false;
  return spawnSync("sh", ["-c", "command -v redis-server"]).status === 0 ? false : "Redis suites skipped: redis-server is not installed (apt-get install redis-server)";
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no port"))));
    });
  });
}

async function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const c = createConnection({ port, host: "127.0.0.1" }, () => c.write("PING\r\n"));
    c.on("data", (d) => (c.end(), done(d.toString().startsWith("+PONG"))));
    c.on("error", () => done(false));
  });
}

/** A throwaway redis-server on a free loopback port, without persistence. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const end = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (Date.now() > end || child.exitCode !== null) throw new Error("redis-server did not start");
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => new Promise((done) => (child.once("exit", () => done()), child.kill("SIGTERM"))) };
}
