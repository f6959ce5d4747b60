import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { runCli } from "../test-support/run-cli";

const dir = mkdtempSync(join(tmpdir(), "kaart-lint-"));

test("warnings pass without --strict and fail with it; errors always fail", async () => {
  assert.equal((await runCli(["new", "--template", "saas-onboarding", "-o", "ok.kaart.json"], dir)).code, 0);
  const doc = JSON.parse(readFileSync(join(dir, "ok.kaart.json"), "utf8"));
  doc.map.accessibility = {};
  writeFileSync(join(dir, "warn.kaart.json"), JSON.stringify(doc));
  const loose = await runCli(["lint", "warn.kaart.json"], dir);
  assert.equal(loose.code, 0);
  assert.match(loose.stdout, /missing_accessibility_title/);
  assert.equal((await runCli(["lint", "--strict", "warn.kaart.json"], dir)).code, 1);

  const laneId = "lane:img";
  const stepId = Object.keys(doc.steps)[0] as string;
  doc.lanes[laneId] = { id: laneId, type: "images", name: "Photos", order: "zz" };
  const cellId = `cell:img~${stepId.slice(5)}`;
  doc.cells[cellId] = { id: cellId, laneId, stepId, content: { kind: "image", assetId: "asset-1", alt: "" } };
  writeFileSync(join(dir, "err.kaart.json"), JSON.stringify(doc));
  const err = await runCli(["lint", "err.kaart.json", "--json"], dir);
  assert.equal(err.code, 1);
  const { warnings } = JSON.parse(err.stdout) as { warnings: { code: string; severity: string }[] };
  assert.ok(warnings.some((w) => w.code === "image_without_alt" && w.severity === "error"), "an image without alt text is an error");
});
