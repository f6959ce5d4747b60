import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CliError, formatErrorLine } from "../../cli-error";
import { runEventsCommand } from "./events-command";

const fixtures = resolve(import.meta.dirname, "../../../../../packages/analytics/fixtures");

async function run(argv: string[], cwd = fixtures) {
  let stdout = "";
  let stderr = "";
  const code = await runEventsCommand(argv, { cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

async function json(argv: string[]): Promise<unknown> {
  const r = await run([...argv, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

async function fails(argv: string[], cwd = fixtures): Promise<CliError> {
  try {
    await run(argv, cwd);
  } catch (e) {
    assert.ok(e instanceof CliError, String(e));
    return e;
  }
  assert.fail(`expected ${argv.join(" ")} to fail`);
}

test("events stats --json prints the stats shape", async () => {
  assert.deepEqual(await json(["stats", "shop.csv"]), {
    events: 16,
    cases: 5,
    activities: 4,
    variants: 4,
    start: { visit: 4, cart: 1 },
    end: { pay: 3, checkout: 1, visit: 1 },
    from: "2024-03-01T10:00:00.000Z",
    to: "2024-03-05T09:40:00.000Z",
  });
});

test("events dfg --json on XES has edges with count, mean and median seconds", async () => {
  const dfg = await json(["dfg", "shop.xes.gz"]);
  assert.deepEqual(Object.keys(dfg as object), ["edges", "start", "end"]);
  assert.deepEqual((dfg as { edges: unknown[] }).edges.at(-1), { from: "visit", to: "cart", count: 4, meanSeconds: 65175, medianSeconds: 600 });
});

test("events variants --top, funnel --window, paths --from, predict --after", async () => {
  assert.deepEqual(await json(["variants", "shop.jsonl", "--top", "1"]), { total: 4, variants: [{ activities: ["visit", "cart", "checkout", "pay"], count: 2 }] });
  const funnel = await json(["funnel", "shop.csv", "--step", "visit", "--step", "cart", "--step", "checkout", "--step", "pay", "--window", "1d"]);
  assert.deepEqual(funnel, {
    steps: [
      { activity: "visit", cases: 4, medianSecondsFromPrevious: null },
      { activity: "cart", cases: 2, medianSecondsFromPrevious: 450 },
      { activity: "checkout", cases: 2, medianSecondsFromPrevious: 1500 },
      { activity: "pay", cases: 1, medianSecondsFromPrevious: 600 },
    ],
  });
  const paths = await json(["paths", "shop.csv", "--steps", "2", "--from", "cart"]);
  assert.deepEqual((paths as { edges: unknown[] }).edges[0], { fromPosition: 1, from: "cart", to: "checkout", cases: 2 });
  assert.deepEqual(await json(["predict", "shop.csv", "--after", "checkout"]), {
    after: "checkout",
    next: [
      { activity: "pay", probability: 2 / 3 },
      { activity: null, probability: 1 / 3 },
    ],
    accuracy: 0,
  });
});

test("--where and --since narrow every query", async () => {
  const web = await json(["stats", "shop.csv", "--where", "case:channel=web"]);
  assert.equal((web as { cases: number }).cases, 3);
  const late = await json(["stats", "shop.xes", "--since", "2024-03-02T00:00:00Z"]);
  assert.equal((late as { events: number }).events, 5);
  const r = await run(["stats", "shop.csv", "--where", "plan=pro"]);
  assert.match(r.stderr, /no attribute "plan"/);
});

test("human output is a table", async () => {
  const r = await run(["dfg", "shop.csv"]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^from\s+to\s+count\s+mean\s+median$/m);
  assert.match(r.stdout, /visit\s+cart\s+4\s+18h 06m\s+10m 00s/);
});

test("usage mistakes exit 2", async () => {
  for (const argv of [["nope", "shop.csv"], ["funnel", "shop.csv"], ["stats"], ["variants", "shop.csv", "--top", "zero"], ["funnel", "shop.csv", "--step", "a", "--window", "soon"], ["stats", "shop.csv", "--bogus"]]) {
    const e = await fails(argv);
    assert.equal(e.exitCode, 2, argv.join(" "));
  }
});

test("bad input exits 1 with <file>:<line>:<col>: <code>: <message>", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaart-events-"));
  writeFileSync(join(dir, "bad.csv"), "case,activity,timestamp\nc1,a,2024-01-01T00:00:00Z\nc1,b,tomorrow\n");
  const e = await fails(["stats", "bad.csv"], dir);
  assert.equal(e.exitCode, 1);
  assert.match(formatErrorLine({ code: e.code, message: e.message, ...e.where }), /^bad\.csv:3:6: bad_timestamp: cannot parse timestamp "tomorrow"/);
  const big = await fails(["stats", "shop.csv", "--max-bytes", "100"]);
  assert.equal(big.code, "file_too_large");
  const missing = await fails(["stats", "shop.csv", "--case", "visitor"]);
  assert.equal(missing.code, "missing_column");
});
