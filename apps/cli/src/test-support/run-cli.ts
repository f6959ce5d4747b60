import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { main } from "../main";

/** Runs the CLI in-process with captured output; `cwd` is where relative paths resolve. */
export async function runCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string; bytes: Uint8Array[] }> {
  let stdout = "";
  let stderr = "";
  const bytes: Uint8Array[] = [];
  const code = await main(argv, {
    cwd,
    stdout: { write: (s: string | Uint8Array) => (typeof s === "string" ? (stdout += s) : bytes.push(s)) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr, bytes };
}

const bin = resolve(import.meta.dirname, "../../bin/kaart.js");

/** Runs the real `kaart` binary as a child process, as a user would. */
export function spawnCli(argv: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
