import { test } from "node:test";
import assert from "node:assert/strict";
import { formatSummary, lastSummary, tapCounts } from "./summary-line";

test("the last summary line of a runner's output is found, colours and a leading word allowed", () => {
  const out = "1 passed, 1 failed\nnoise\n\u001b[32mvitest: 12 passed, 0 failed, 3 skipped\u001b[0m\ntrailing text\n";
  assert.deepEqual(lastSummary(out), { passed: 12, failed: 0, skipped: 3 });
  assert.deepEqual(lastSummary("7 passed, 2 failed"), { passed: 7, failed: 2, skipped: 0 });
  assert.equal(lastSummary("all good\n"), undefined);
});

test("node's TAP summary counts cancelled as failed and todo as skipped", () => {
  const tap = "TAP version 13\n# tests 10\n# pass 6\n# fail 1\n# cancelled 1\n# skipped 1\n# todo 1\n";
  assert.deepEqual(tapCounts(tap), { passed: 6, failed: 2, skipped: 2 });
  assert.equal(tapCounts("no summary"), undefined);
});

test("the closing line has the contract's shape", () => {
  assert.equal(formatSummary({ passed: 3, failed: 0, skipped: 0 }), "3 passed, 0 failed, 0 skipped");
});
