/**
 * `npm run test:vitest`: runs Vitest with its JSON reporter and closes with the plain line
 * `N passed, N failed, N skipped` that the repository's test harness reads (contracts.md).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { z } from "zod";

const here = resolve(import.meta.dirname, "..");
const out = join(mkdtempSync(join(tmpdir(), "kaart-vitest-")), "report.json");
const vitest = resolve(here, "../../node_modules/vitest/vitest.mjs");
const r = spawnSync(process.execPath, [vitest, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...process.argv.slice(2)], {
  cwd: here,
  stdio: "inherit",
});

const report = z.object({ numPassedTests: z.number(), numFailedTests: z.number(), numPendingTests: z.number(), numTodoTests: z.number().default(0) });
const parsed = existsSync(out) ? report.safeParse(JSON.parse(readFileSync(out, "utf8"))) : undefined;
if (parsed?.success) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = parsed.data;
  const failed = numFailedTests + (r.status !== 0 && numFailedTests === 0 ? 1 : 0);
  console.log(`${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped`);
} else {
  console.log("0 passed, 1 failed, 0 skipped");
}
process.exit(r.status ?? 1);
