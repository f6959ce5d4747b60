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

const panelOf = (page: Page, name = "Comments") => page.getByRole("region", { name });

test("a comment on a cell reaches a second window live, and resolving it there clears it here", async () => {
  const firstContext = await browser.newContext();
  const alice = await firstContext.newPage();
  await signUp(alice, server, "Alice Kalniņa");
  await createMapFromTemplate(alice, "Commented journey");
  // A second browser context signed in as the same person: its own socket, cookies copied over.
  const secondContext = await browser.newContext({ storageState: await firstContext.storageState() });
  const other = await secondContext.newPage();
  await other.goto(alice.url());
  await other.getByRole("grid").waitFor();
  await other.getByRole("button", { name: "Comments" }).click();
  await panelOf(other).getByText("No comments here yet.").waitFor();

  // A map cell with text (the flows row's cell has no data-cell).
  await alice.locator("[role=gridcell][data-cell]").filter({ hasText: /\w/ }).first().click();
  await alice.getByRole("button", { name: "Comments" }).click();
  const panel = panelOf(alice);
  const onCell = panel.getByRole("radio", { name: / × Step / });
  const anchor = await onCell.evaluate((el) => el.closest("label")?.textContent ?? "");
  assert.match(anchor, / × Step /);
  // React Aria hides the native radio under its label; choose it as a keyboard user does.
  await onCell.focus();
  await alice.keyboard.press("Space");
  assert.equal(await onCell.isChecked(), true);
  await panel.getByRole("textbox", { name: "Comment" }).fill("Why is this step here?");
  await panel.getByRole("button", { name: "Add comment" }).click();
  await panel.getByRole("article", { name: anchor }).getByText("Why is this step here?").waitFor();

  const seen = panelOf(other).getByRole("article", { name: anchor });
  await seen.getByText("Why is this step here?").waitFor({ timeout: 30_000 });
  await seen.getByRole("button", { name: `Go to ${anchor}` }).click();
  assert.equal(await other.evaluate(() => document.activeElement?.getAttribute("role")), "gridcell");

  await seen.getByRole("button", { name: "Resolve" }).click();
  await panel.getByText("No comments here yet.").waitFor({ timeout: 15_000 });
  await panel.getByRole("radio", { name: "Resolved" }).focus();
  await alice.keyboard.press("Space");
  await panel.getByRole("article", { name: anchor }).waitFor();
});

for (const lang of ["en", "fa"] as const) {
  test(`axe finds no violations on the comments panel with a thread (${lang})`, async () => {
    const page = await (await browser.newContext()).newPage();
    await signUp(page, server);
    await createMapFromTemplate(page, `Comments ${lang}`);
    await page.getByRole("button", { name: "Comments" }).click();
    await panelOf(page).getByRole("textbox", { name: "Comment" }).fill("A first note for @Ilze");
    await panelOf(page).getByRole("button", { name: "Add comment" }).click();
    await panelOf(page).getByRole("article", { name: "The whole map" }).waitFor();

    await page.evaluate((l) => window.localStorage.setItem("kaart.language", l), lang);
    await page.reload();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.getByRole("grid").waitFor();
    const { t } = createI18n(lang);
    await page.getByRole("button", { name: t("comments.open") }).click();
    await panelOf(page, t("comments.title")).getByRole("article", { name: t("comments.onMap") }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });
}
