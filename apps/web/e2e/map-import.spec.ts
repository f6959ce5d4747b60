import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import type { RunningServer } from "./harness/server";
import { createMapFromTemplate, signUp } from "./harness/accounts";
import { axeViolations } from "./harness/axe";
import { appSuite } from "./harness/app-suite";

let server: RunningServer;
let browser: Browser;

appSuite((s, b) => {
  server = s;
  browser = b;
});

test("map import: a workbook exported from one map becomes a new map through the import dialog (and the notifications dialog is axe clean)", async () => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, server);
  await createMapFromTemplate(page, "Source journey");
  const mapId = decodeURIComponent(/#\/maps\/([^/?]+)/.exec(page.url())![1]!);
  const exported = await page.request.get(`${server.url}/api/maps/${encodeURIComponent(mapId)}/export?format=xlsx`);
  assert.equal(exported.status(), 200);
  const workbook = await exported.body();
  const stageNames = ((await (await page.request.get(`${server.url}/api/maps/${encodeURIComponent(mapId)}`)).json()) as { summary: { stageNames: string[] } }).summary.stageNames;

  await page.goto(`${server.url}/#/maps`);
  await page.getByRole("heading", { name: "Your maps" }).waitFor();
  await page.getByRole("button", { name: "Notifications" }).click();
  await page.getByRole("dialog").getByText("Nothing new.").waitFor();
  assert.deepEqual(await axeViolations(page), [], "the notifications dialog has no axe violations");
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Import a file" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("heading", { name: "Import a map from a file" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "the import dialog has no axe violations");

  await dialog.getByLabel("File", { exact: true }).setInputFiles({ name: "junk.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") });
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await dialog.getByRole("alert").getByText("junk.xlsx is not a readable XLSX workbook.").waitFor();

  await dialog.getByLabel("File", { exact: true }).setInputFiles({ name: "journey.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: workbook });
  await dialog.getByLabel(/^Title/).fill("Imported from Excel");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByRole("heading", { name: "Imported from Excel", level: 1 }).waitFor();
  await page.getByRole("grid").waitFor();
  const importedId = decodeURIComponent(/#\/maps\/([^/?]+)/.exec(page.url())![1]!);
  assert.notEqual(importedId, mapId);
  const imported = (await (await page.request.get(`${server.url}/api/maps/${encodeURIComponent(importedId)}`)).json()) as { summary: { stageNames: string[] } };
  assert.deepEqual(imported.summary.stageNames, stageNames, "the grid's stages came through");
});
