import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./harness/browser";
import { startServer, type RunningServer } from "./harness/server";

let server: RunningServer;
let browser: Browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test("choosing Persian flips the page to right to left, and a Persian map reads right to left in English", async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/#/login`);
  await page.getByRole("button", { name: /Language/ }).click();
  await page.getByRole("option", { name: "فارسی" }).click();
  await page.getByRole("heading", { name: "ورود به Kaart" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("html").getAttribute("lang"), "fa");

  await page.getByRole("button", { name: /زبان/ }).click();
  await page.getByRole("option", { name: "English" }).click();
  assert.equal(await page.locator("html").getAttribute("dir"), "ltr");

  await page.goto(`${server.url}/#/local?lang=fa`);
  const grid = page.getByRole("grid");
  await grid.waitFor();
  assert.equal(await grid.evaluate((el) => el.closest("[dir]")?.getAttribute("dir")), "rtl");
  assert.equal(await page.locator("html").getAttribute("dir"), "ltr");
});
