/**
 * `npm start`: builds `apps/web` when its build is out of date (only when the web app has a
 * `build` script and an `index.html`), then starts the server, which prints its URL.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const web = join(root, "apps/web");

/** Newest modification time of the files under `dir` (node_modules and dist skipped). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = statSync(dir).mtimeMs;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const full = join(dir, name);
    const s = statSync(full);
    t = Math.max(t, s.isDirectory() ? newest(full) : s.mtimeMs);
  }
  return t;
}

function webBuildIsStale(): boolean {
  const built = join(web, "dist/index.html");
  if (!existsSync(built)) return true;
  const sources = Math.max(newest(join(web, "src")), newest(join(web, "public")), ...["index.html", "package.json", "vite.config.ts"].map((f) => (existsSync(join(web, f)) ? statSync(join(web, f)).mtimeMs : 0)));
  // The web app also bundles the browser-safe packages it imports.
  const packages = Math.max(...["core", "collab", "contract"].map((p) => newest(join(root, "packages", p, "src"))));
  return Math.max(sources, packages) > statSync(built).mtimeMs;
}

const webScripts: Record<string, string> = existsSync(join(web, "package.json")) ? (JSON.parse(readFileSync(join(web, "package.json"), "utf8")).scripts ?? {}) : {};
if (webScripts.build && existsSync(join(web, "index.html")) && webBuildIsStale()) {
  console.log("Building the web app…");
  const r = spawnSync("npm", ["run", "build", "-w", "apps/web"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("The web app failed to build; starting the server with the API only.");
  }
}

const server = spawn(process.execPath, ["--import", "tsx", join(root, "apps/server/src/main.ts")], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
