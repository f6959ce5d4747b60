import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
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

/** Three customers: two go visit → cart → pay, one leaves after the visit. */
const LOG = ["case;activity;time", "a;visit;2024-01-01T10:00:00Z", "a;cart;2024-01-01T10:01:00Z", "a;pay;2024-01-01T10:03:00Z", "b;visit;2024-01-01T11:00:00Z", "c;visit;2024-01-01T12:00:00Z", "c;cart;2024-01-01T12:02:00Z", "c;pay;2024-01-01T12:05:00Z"].join("\n");

async function check(page: Page, where: string, found: string[]): Promise<void> {
  for (const v of await axeViolations(page)) found.push(`${where}: ${v}`);
}

test("event logs: upload with column mapping, every analysis view keyboard-reachable and free of axe violations", async () => {
  const page = await (await browser.newContext()).newPage();
  const found: string[] = [];
  await signUp(page, server);
  await page.getByRole("link", { name: "Event logs" }).click();
  await page.getByRole("heading", { name: "Event logs", level: 1 }).waitFor();
  await page.getByText("No event logs yet").waitFor();
  await check(page, "event logs (empty)", found);

  await page.locator("input[type=file]").setInputFiles({ name: "shop.csv", mimeType: "text/csv", buffer: Buffer.from(LOG) });
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("heading", { name: "Which columns hold what?" }).waitFor();
  assert.equal(await dialog.getByLabel("Activity").inputValue(), "activity", "the mapping is suggested from the column names");
  assert.equal(await dialog.getByRole("cell", { name: "visit", exact: true }).count(), 3, "the preview shows the first rows");
  await check(page, "mapping dialog", found);
  await dialog.getByRole("button", { name: "Upload with this mapping" }).click();

  await page.getByRole("cell", { name: "shop.csv", exact: true }).waitFor();
  await page.getByRole("button", { name: "Analyse: shop.csv" }).click();
  await page.getByRole("rowheader", { name: "Events" }).waitFor();
  assert.equal(await page.getByRole("row", { name: /Events/ }).getByRole("cell").textContent(), "7");
  await check(page, "summary", found);

  await page.getByRole("tab", { name: "Directly-follows transitions" }).click();
  const node = page.getByRole("img", { name: /^visit:/ });
  await node.waitFor();
  await node.focus();
  assert.ok(await node.evaluate((el) => el === document.activeElement), "graph nodes take keyboard focus");
  await check(page, "transitions", found);

  for (const tab of ["Variants", "Paths", "Durations"]) {
    await page.getByRole("tab", { name: tab }).click();
    await page.getByRole("tabpanel").getByRole("table").first().waitFor();
    await check(page, tab, found);
  }
  await page.getByRole("tab", { name: "Funnel" }).click();
  await page.getByLabel("Add a step to the funnel").selectOption("visit");
  await page.getByLabel("Add a step to the funnel").selectOption("pay");
  await page.getByRole("rowheader", { name: "pay", exact: true }).waitFor();
  assert.equal(await page.getByRole("row", { name: /^pay/ }).getByRole("cell").first().textContent(), "2");
  await check(page, "funnel", found);
  await page.getByRole("tab", { name: "Next step" }).click();
  await page.getByLabel("After this activity").selectOption("visit");
  await page.getByRole("cell", { name: "cart", exact: true }).waitFor();
  await check(page, "next step", found);

  // The map editor: designed against observed for a map from a template (its steps may bind to nothing here).
  await page.goto(`${server.url}/#/maps`);
  await createMapFromTemplate(page, "Observed");
  await page.getByRole("button", { name: "Designed vs observed" }).click();
  const observed = page.getByRole("dialog");
  await observed.getByRole("button", { name: "Bind steps to this log" }).click();
  await observed.getByRole("table").first().waitFor();
  await check(page, "designed vs observed", found);
  assert.deepEqual(found, []);
});
