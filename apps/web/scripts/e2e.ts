/**
 * `npm run test:e2e`: builds the app when its build is older than its sources, then runs every
 * `e2e/*.spec.ts` (node:test driving real headless Chromium against a real server) one file at a
 * time, and closes with the `N passed, N failed, N skipped` line the test harness reads.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { buildIsStale } from "../e2e/harness/build-freshness";

const here = resolve(import.meta.dirname, "..");
if (!process.env.KAART_E2E_NO_BUILD && buildIsStale(here)) {
  const b = spawnSync(process.execPath, [resolve(here, "../../node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: here, stdio: "inherit" });
  if (b.status !== 0) {
    console.log("0 passed, 1 failed, 0 skipped");
    process.exit(1);
  }
}

const only = process.argv.slice(2);
const specs = readdirSync(join(here, "e2e"))
  .filter((f) => f.endsWith(".spec.ts") && (only.length === 0 || only.some((o) => f.includes(o))))
  .map((f) => join("e2e", f));
const tap = join(mkdtempSync(join(tmpdir(), "kaart-e2e-")), "out.tap");
const r = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=1", "--test-timeout=300000", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${tap}`, ...specs],
  { cwd: here, stdio: "inherit" },
);
const text = existsSync(tap) ? readFileSync(tap, "utf8") : "";
const count = (k: string) => Number(new RegExp(`^# ${k} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
const passed = count("pass");
const failed = count("fail") + count("cancelled") + (r.status !== 0 && count("fail") === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed, ${count("skipped") + count("todo")} skipped`);
process.exit(r.status ?? 1);
