import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { addStage, addStep, applyPatch, emptyDocument, orderedSteps, readJourneyJson, readJourneyYaml, writeJourneyJson, type JourneyDocument } from "@kaart/core";
import { CliError } from "../../cli-error";
import { runEventsCommand } from "./events-command";

const now = () => "2026-01-01T00:00:00.000Z";
const shop = resolve(import.meta.dirname, "../../../../../packages/analytics/fixtures/shop.csv");

function mapWithSteps(names: string[]): JourneyDocument {
  let doc = emptyDocument({ mapId: "map:shop", title: "Shop", now: now() });
  const stage = addStage(doc, { name: "Buy" }, { now: now() });
  assert.ok(stage.ok);
  doc = applyPatch(doc, stage.patch);
  for (const name of names) {
    const step = addStep(doc, { stageId: stage.value, name }, { now: now() });
    assert.ok(step.ok);
    doc = applyPatch(doc, step.patch);
  }
  return doc;
}

async function run(argv: string[], cwd: string) {
  let stdout = "";
  const io = { cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } };
  return { code: await runEventsCommand(argv, io, now), stdout };
}

test("events bind writes bindings and metrics cells into the output map", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaart-bind-"));
  writeFileSync(join(dir, "in.kaart.json"), writeJourneyJson(mapWithSteps(["Visit", "Add to cart", "Pay"])).text);
  const r = await run(["bind", shop, "--map", "in.kaart.json", "-o", "out.kaart.json"], dir);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Add to cart\s+cart\s+suggested\s+3\s+75\.0%/);
  const read = readJourneyJson(readFileSync(join(dir, "out.kaart.json"), "utf8"));
  assert.ok(read.ok);
  assert.deepEqual(orderedSteps(read.document).map((s) => s.binding?.activities), [["visit"], ["cart"], ["pay"]]);
  const cells = Object.values(read.document.cells).filter((c) => c.content.kind === "metrics");
  assert.equal(cells.length, 3);
});

test("events discover drafts a YAML map", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaart-discover-"));
  const r = await run(["discover", shop, "-o", "draft.kaart.yaml", "--title", "Shop"], dir);
  assert.equal(r.code, 0);
  const read = readJourneyYaml(readFileSync(join(dir, "draft.kaart.yaml"), "utf8"));
  assert.ok(read.ok);
  assert.equal(read.document.map.title, "Shop");
  assert.deepEqual(orderedSteps(read.document).map((s) => s.name), ["visit", "cart", "checkout", "pay"]);
});

test("bind without --map or -o is a usage error; a broken map keeps its position", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kaart-bind-"));
  await assert.rejects(run(["bind", shop, "-o", "x.kaart.json"], dir), (e: unknown) => e instanceof CliError && e.exitCode === 2);
  writeFileSync(join(dir, "bad.kaart.json"), '{\n  "format": ');
  await assert.rejects(run(["bind", shop, "--map", "bad.kaart.json", "-o", "x.kaart.json"], dir), (e: unknown) => e instanceof CliError && e.exitCode === 1 && e.where.file === "bad.kaart.json");
});
