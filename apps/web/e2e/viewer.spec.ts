import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "./harness/server";
import { createMapFromTemplate, signUp } from "./harness/accounts";
import { axeViolations } from "./harness/axe";
import { createI18n } from "../src/i18n/i18n";
import { appSuite } from "./harness/app-suite";

let server: RunningServer;
let browser: Browser;

appSuite((s, b) => {
  server = s;
  browser = b;
});

/** The owner makes a map and a viewer invitation through the share dialog; returns the map's address and the link. */
async function mapWithViewerInvitation(owner: Page, title: string): Promise<{ mapUrl: string; invite: string }> {
  await signUp(owner, server, "Olga Owner");
  await createMapFromTemplate(owner, title);
  await owner.getByRole("button", { name: "Share" }).click();
  const dialog = owner.getByRole("dialog");
  await dialog.getByRole("button", { name: /Access/ }).click();
  await owner.getByRole("option", { name: "Can view" }).click();
  await dialog.getByRole("button", { name: "Create link" }).click();
  const invite = dialog.getByRole("textbox", { name: "Link" }).nth(1);
  await invite.waitFor();
  const link = await invite.inputValue();
  assert.match(link, /\/invite\/[^/]+$/);
  await dialog.getByRole("button", { name: "Close" }).first().click();
  return { mapUrl: owner.url(), invite: link };
}

/** Joins the workspace with the link's token, as the invitation page's one request does. */
async function accept(page: Page, invite: string): Promise<void> {
  const token = invite.split("/invite/")[1]!;
  const status = await page.evaluate(async (tok) => {
    const csrf = document.cookie.split("; ").find((c) => c.startsWith("kaart_csrf="))?.slice("kaart_csrf=".length) ?? "";
    const r = await fetch(`/api/invitations/${tok}/accept`, { method: "POST", headers: { "x-kaart-csrf": decodeURIComponent(csrf) } });
    return r.status;
  }, token);
  assert.equal(status, 200);
}

/** The map's document as the server has it, read with the page's session. */
async function serverDocument(page: Page, mapId: string): Promise<string> {
  return page.evaluate(async (id) => JSON.stringify((await (await fetch(`/api/maps/${encodeURIComponent(id)}`)).json()).document), mapId);
}

test("a viewer opens a map: no edit controls, typing in a cell changes nothing, comments can be read but not written; axe finds nothing (en, fa)", async () => {
  const owner = await (await browser.newContext()).newPage();
  const { mapUrl, invite } = await mapWithViewerInvitation(owner, "Journey for viewers");
  const mapId = decodeURIComponent(mapUrl.split("#/maps/")[1]!);

  const page = await (await browser.newContext()).newPage();
  await signUp(page, server, "Viktor Viewer");
  await accept(page, invite);
  await page.goto(mapUrl);
  await page.getByRole("heading", { name: "Journey for viewers", level: 1 }).waitFor();
  const grid = page.getByRole("grid");
  await grid.waitFor();
  // The socket says read-only when it authenticates, before the first sync; after it the controls are settled.
  await page.getByRole("status").filter({ hasText: "All changes saved" }).waitFor({ timeout: 30_000 });

  for (const name of ["Undo", "Redo", "Add stage", "Add lane", "Branches and loops", "Edit title and details"]) {
    assert.equal(await page.getByRole("button", { name, exact: true }).count(), 0, name);
  }
  for (const name of [/^Add (pain point|opportunity|touchpoint) at /, /^Edit touchpoint /, /^Remove touchpoint /, /^Actions for /]) {
    assert.equal(await page.getByRole("button", { name }).count(), 0, String(name));
  }
  // A card opens for reading only.
  await page.getByRole("button", { name: /^Edit card / }).first().click();
  const card = page.getByRole("dialog");
  await card.waitFor();
  assert.equal(await card.getByRole("button", { name: "Save" }).count(), 0);
  assert.equal(await card.getByRole("button", { name: "Delete" }).count(), 0);
  assert.equal(await card.getByRole("textbox", { name: "Title" }).getAttribute("readonly"), "");
  await card.getByRole("button", { name: "Close" }).click();

  const before = await serverDocument(page, mapId);
  // A map cell with text (the flows row's cell has no data-cell).
  const cell = grid.locator("[role=gridcell][data-cell]").filter({ hasText: /\w/ }).first();
  const text = await cell.textContent();
  await cell.click();
  await page.keyboard.press("Enter");
  await page.keyboard.type("changed by a viewer");
  await cell.dblclick();
  await page.keyboard.type("again");
  assert.equal(await page.locator("textarea.cell-editor").count(), 0);
  assert.equal(await cell.textContent(), text);
  assert.equal(await serverDocument(page, mapId), before);

  await page.getByRole("button", { name: "Comments" }).click();
  const panel = page.getByRole("region", { name: "Comments" });
  await panel.getByText("Viewers cannot write comments.", { exact: false }).waitFor();
  assert.equal(await panel.getByRole("textbox").count(), 0);
  assert.equal(await panel.getByRole("button", { name: "Add comment" }).count(), 0);
  assert.deepEqual(await axeViolations(page), []);

  await page.evaluate(() => window.localStorage.setItem("kaart.language", "fa"));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === "fa");
  await page.getByRole("grid").waitFor();
  const { t } = createI18n("fa");
  await page.getByRole("button", { name: t("comments.open") }).click();
  await page.getByRole("region", { name: t("comments.title") }).getByText(t("mentions.viewerNote")).waitFor();
  assert.deepEqual(await axeViolations(page), []);
});
