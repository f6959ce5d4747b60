import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface RunningServer {
  url: string;
  /** The instance admin the server seeds on first start, with the password it prints once. */
  admin: { email: string; password: string };
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, "../../../..");
const dist = resolve(root, "apps/web/dist");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => done(port));
    });
  });
}

interface Spawned {
  child: ChildProcess;
  admin: { email: string; password: string };
}

function spawnServer(port: number, dataDir: string, publicUrl: string, webDist: string): Promise<Spawned> {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "apps/server/src/main.ts")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, PUBLIC_URL: publicUrl, WEB_DIST: webDist, DATABASE_URL: "", REDIS_URL: "", KAART_SECRET: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const creds = /sign in as (\S+) with password (\S+)/.exec(out);
      if (/Kaart is running at/.test(out) && creds) {
        clearTimeout(timer);
        done({ child, admin: { email: creds[1]!, password: creds[2]! } });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

/**
 * Starts the real Kaart server on a free port with an empty data folder, serving the built app
 * from `apps/web/dist` (or `webDist`, e.g. a profiling build). `stop` ends it and removes the data.
 */
export async function startServer(options: { webDist?: string } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "kaart-e2e-data-"));
  const url = `http://127.0.0.1:${port}`;
  const spawned = await spawnServer(port, dataDir, url, options.webDist ?? dist);
  return {
    url,
    admin: spawned.admin,
    async stop() {
      await stopChild(spawned.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
