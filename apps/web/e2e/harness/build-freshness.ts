import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Newest modification time under `dir` (skipping node_modules and dist). */
function newest(dir: string): number {
  let max = 0;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const full = join(dir, name);
    const s = statSync(full);
    max = Math.max(max, s.isDirectory() ? newest(full) : s.mtimeMs);
  }
  return max;
}

/** True when `apps/web/dist` is missing or older than the app's sources or the packages it bundles. */
export function buildIsStale(webDir: string): boolean {
  const index = join(webDir, "dist", "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = [join(webDir, "src"), join(webDir, "index.html"), join(webDir, "vite.config.ts"), join(webDir, "../../packages/core/src"), join(webDir, "../../packages/collab/src"), join(webDir, "../../packages/contract/src")];
  return sources.some((s) => existsSync(s) && (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs) > built);
}
