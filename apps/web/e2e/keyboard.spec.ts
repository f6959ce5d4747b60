import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
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

const focusedRole = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName.toLowerCase());
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");

async function tabUntil(page: Page, done: () => Promise<boolean>, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("never reached the control with Tab");
}

test("the editor works from the keyboard alone: reach the grid, move, edit, add a pain point, undo", async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/#/local?lang=en`);
  await page.getByRole("grid").waitFor();

  await tabUntil(page, async () => (await focusedRole(page)) === "gridcell");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  assert.equal(await focusedRole(page), "textarea");
  await page.keyboard.type("Typed without a mouse");
  await page.keyboard.press("Escape");
  assert.equal(await focusedRole(page), "gridcell");
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ""), /Typed without a mouse/);

  // Down the column to the pain-point lane, into the cell, open the dialog, fill it, submit with Enter.
  for (let i = 0; i < 12 && !/Add pain point/.test(await page.evaluate(() => document.activeElement?.querySelector("button[aria-label^='Add pain point']")?.getAttribute("aria-label") ?? "")); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  assert.match(await focusedLabel(page), /^Add pain point at/);
  await page.keyboard.press("Enter");
  await page.getByRole("dialog").waitFor();
  await page.keyboard.type("Cannot find the form");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Edit card Cannot find the form" }).waitFor();

  // Undo from the keyboard: the shortcut, then again from the toolbar (Tab into it, arrows inside it).
  await page.keyboard.press("Control+z");
  await page.getByRole("button", { name: "Edit card Cannot find the form" }).waitFor({ state: "detached" });
  await page.keyboard.press("Control+Shift+z");
  await page.getByRole("button", { name: "Edit card Cannot find the form" }).waitFor();
  await tabUntilBack(page);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Edit card Cannot find the form" }).waitFor({ state: "detached" });
});

/** Shift+Tab back to the toolbar, then arrow keys inside it (a toolbar is one tab stop) to Undo. */
async function tabUntilBack(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate(() => document.activeElement?.closest("[role=toolbar]") !== null)) break;
    await page.keyboard.press("Shift+Tab");
  }
  for (let i = 0; i < 20; i++) {
    if ((await focusedLabel(page)).trim() === "Undo") return;
    await page.keyboard.press("ArrowLeft");
  }
  throw new Error("never reached Undo in the toolbar");
}
