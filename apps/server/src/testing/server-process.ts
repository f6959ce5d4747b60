import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const MAIN = resolve(import.meta.dirname, "../main.ts");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** The demo credentials printed on the first start only. */
  demo?: { email: string; password: string };
  output: string;
}

/**
 * Starts `main.ts` as a child process (as `npm start` does) and resolves once it prints its URL.
 * `env` is added to the parent's environment; PORT defaults to 0 (any free port).
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], { env: { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      const demo = /sign in as (\S+) with password (\S+)/.exec(output);
      done({ child, url, output, demo: demo ? { email: demo[1]!, password: demo[2]! } : undefined });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (c: Buffer) => void (output += c.toString()));
    child.once("exit", (code) => (clearTimeout(timer), fail(new Error(`server exited with ${code}:\n${output}`))));
  });
}

/** Kills with SIGKILL (no shutdown hooks run) and waits for the exit. */
export async function killHard(p: ServerProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  await new Promise<void>((done) => (p.child.once("exit", () => done()), p.child.kill("SIGKILL")));
}
