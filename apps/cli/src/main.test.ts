import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { runCli, spawnCli } from "./test-support/run-cli";

const dir = mkdtempSync(join(tmpdir(), "kaart-cli-"));

test("no command prints help and exits 2; --help exits 0 and lists every command", async () => {
  assert.equal((await runCli([], dir)).code, 2);
  const help = await runCli(["--help"], dir);
  assert.equal(help.code, 0);
  for (const name of ["templates", "new", "validate", "lint", "convert", "render", "analyze", "diff", "events"]) assert.match(help.stdout, new RegExp(`\\b${name}\\b`));
});

test("an unknown command or flag is a usage error (exit 2) with one line", async () => {
  const unknown = await runCli(["frobnicate"], dir);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^kaart: usage: unknown command "frobnicate"/);
  const flag = await runCli(["validate", "x.kaart.json", "--bogus"], dir);
  assert.equal(flag.code, 2);
  assert.equal(flag.stderr.trim().split("\n").length, 1);
});

test("a missing file is exit 1 with the file named and no stack trace", async () => {
  const r = await runCli(["validate", "missing.kaart.json"], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^missing\.kaart\.json: file_not_found: /);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test("input over --max-bytes is refused before it is parsed", async () => {
  writeFileSync(join(dir, "big.kaart.json"), "x".repeat(5000));
  const r = await runCli(["validate", "big.kaart.json", "--max-bytes", "1kb"], dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /big\.kaart\.json: too_large: the file has 5000 bytes, more than --max-bytes 1024/);
  assert.equal((await runCli(["validate", "big.kaart.json", "--max-bytes", "lots"], dir)).code, 2);
});

test("binary junk and truncated JSON are exit 1 with a clear code", async () => {
  writeFileSync(join(dir, "junk.kaart.json"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  const junk = await runCli(["validate", "junk.kaart.json"], dir);
  assert.equal(junk.code, 1);
  assert.match(junk.stderr, /junk\.kaart\.json: binary_input: /);
  writeFileSync(join(dir, "cut.kaart.json"), '{"format": "kaart.journey", "schemaVersion": 1, "map": {');
  const cut = await runCli(["validate", "cut.kaart.json"], dir);
  assert.equal(cut.code, 1);
  assert.match(cut.stderr, /^cut\.kaart\.json:1:\d+: \w+: /);
});

test("the real binary exits with the same codes and prints no stack trace without --debug", () => {
  const r = spawnCli(["validate", "missing.kaart.json"], dir);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stderr, /\bat .*\.ts:\d+/);
  assert.equal(spawnCli(["nope"], dir).code, 2);
  assert.equal(spawnCli(["--help"], dir).code, 0);
});
