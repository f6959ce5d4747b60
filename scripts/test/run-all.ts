/**
 * `npm test`: typecheck, lint, the layer check, every node:test file, then each workspace's
 * extra runners (`test:vitest`, `test:e2e` scripts, which print their own summary line). The last
 * line is `N passed, N failed, N skipped` over all of them; under CI=true any skip fails the run.
 *
 * PostgreSQL: when no PG* server is configured and `pg_virtualenv` exists, the whole run re-executes
 * inside a throwaway cluster so storage suites run against both SQLite and PostgreSQL.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { formatSummary, lastSummary, tapCounts, type Counts } from "./summary-line";

const root = resolve(import.meta.dirname, "../..");
const ci = process.env.CI === "true";
const args = new Set(process.argv.slice(2));
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));

if (!process.env.PGHOST && !process.env.KAART_NO_PG && !args.has("--no-pg") && hasCommand("pg_virtualenv")) {
  // pg_virtualenv prints the cluster's logs after a failing command, so the inner run writes its
  // summary to a file and this outer process repeats it as the very last line.
  const summaryFile = join(mkdtempSync(join(tmpdir(), "kaart-summary-")), "summary.txt");
  const r = spawnSync("pg_virtualenv", ["-v", "15", "--", process.execPath, "--import", "tsx", ...process.argv.slice(1)], {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, KAART_SUMMARY_FILE: summaryFile },
  });
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, "utf8").trim() : "0 passed, 1 failed, 0 skipped";
  console.log(summary);
  process.exit(r.status ?? 1);
}

function hasCommand(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const add = (c: Counts) => {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
};

function run(cmd: string, argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, argv, { cwd: opts.cwd ?? root, env: { ...process.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on("close", (code) => done({ code: code ?? 1, out }));
  });
}

async function check(name: string, cmd: string, argv: string[]) {
  console.log(`\n== ${name}`);
  const r = await run(cmd, argv);
  add(r.code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 });
  if (r.code !== 0) console.log(`FAILED: ${name}`);
}

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...testFiles(full));
    else if (/\.test\.ts$/.test(name)) out.push(full);
  }
  return out;
}

const workspaces: string[] = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces;
const wanted = (ws: string) => only.length === 0 || only.some((o) => ws.includes(o));

if (!args.has("--tests-only")) {
  for (const ws of workspaces.filter(wanted)) {
    for (const config of ["tsconfig.json", "tsconfig.test.json"]) {
      if (existsSync(join(root, ws, config))) await check(`typecheck ${ws}/${config}`, process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(ws, config)]);
    }
  }
  if (existsSync(join(root, "scripts/tsconfig.json"))) await check("typecheck scripts", process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "scripts"]);
  await check("lint", process.execPath, [join(root, "node_modules/eslint/bin/eslint.js"), "--max-warnings=0", "."]);
  await check("layers", process.execPath, ["--import", "tsx", join(root, "scripts/check-layers.ts")]);
}

const nodeTests = [...(only.length ? [] : testFiles(join(root, "scripts"))), ...workspaces.filter((w) => w !== "apps/web" && wanted(w)).flatMap((w) => testFiles(join(root, w)))];
if (nodeTests.length) {
  console.log(`\n== node:test (${nodeTests.length} files)`);
  const tapFile = join(mkdtempSync(join(tmpdir(), "kaart-test-")), "out.tap");
  const r = await run(process.execPath, [
    "--import", "tsx", "--test", "--test-concurrency=2", "--test-timeout=900000",
    "--test-reporter=spec", "--test-reporter-destination=stdout",
    "--test-reporter=tap", `--test-reporter-destination=${tapFile}`,
    ...nodeTests,
  ]);
  const counts = existsSync(tapFile) ? tapCounts(readFileSync(tapFile, "utf8")) : undefined;
  add(counts ?? { passed: 0, failed: 1, skipped: 0 });
  if (!counts || r.code !== 0) console.log(`node:test exited ${r.code}`);
}

for (const ws of workspaces.filter(wanted)) {
  const scripts = JSON.parse(readFileSync(join(root, ws, "package.json"), "utf8")).scripts ?? {};
  for (const script of ["test:vitest", "test:e2e"]) {
    if (!scripts[script]) continue;
    console.log(`\n== ${ws} ${script}`);
    const r = await run("npm", ["run", "--silent", script], { cwd: join(root, ws) });
    const counts = lastSummary(r.out);
    add(counts ?? { passed: 0, failed: 1, skipped: 0 });
    if (!counts) console.log(`${ws} ${script} printed no summary line (exit ${r.code})`);
    else if (r.code !== 0 && counts.failed === 0) add({ passed: 0, failed: 1, skipped: 0 });
  }
}

const skipFails = ci && total.skipped > 0;
if (skipFails) console.log(`CI=true: ${total.skipped} skipped test(s) fail the run; nothing may be skipped in CI`);
console.log(formatSummary(total));
if (process.env.KAART_SUMMARY_FILE) writeFileSync(process.env.KAART_SUMMARY_FILE, formatSummary(total));
process.exit(total.failed > 0 || skipFails ? 1 : 0);
