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

async function setLanguage(page: Page, lang: string): Promise<void> {
  await page.evaluate((l) => window.localStorage.setItem("kaart.language", l), lang);
  await page.reload();
  await page.getByRole("grid").waitFor();
}

test("name a version, change the map, see the change highlighted, restore the version", async () => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, server);
  await createMapFromTemplate(page, "Versioned map");
  await page.getByRole("button", { name: "Versions" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: /^Version name/ }).fill("Workshop baseline");
  await dialog.getByRole("button", { name: "Save version" }).click();
  await dialog.getByRole("button", { name: "Compare Workshop baseline with the current map" }).waitFor();
  await dialog.getByRole("button", { name: "Close" }).last().click();

  await page.getByRole("button", { name: "Add stage" }).click();
  await page.getByRole("columnheader", { name: /New stage/ }).waitFor();
  await page.getByText("All changes saved").waitFor();

  await page.getByRole("button", { name: "Versions" }).click();
  await dialog.getByRole("button", { name: "Compare Workshop baseline with the current map" }).click();
  const added = dialog.getByRole("listitem").filter({ hasText: "+ Added stage New stage" });
  await added.waitFor();
  assert.equal(await added.getAttribute("class"), "diff-added");
  await dialog.getByRole("button", { name: "Restore Workshop baseline" }).click();
  await page.getByRole("columnheader", { name: /New stage/ }).waitFor({ state: "detached" });
});

test("branch a future-state map and compare it side by side with the current map", async () => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, server, "Future Planner");
  await createMapFromTemplate(page, "Today");
  await page.getByRole("button", { name: "Versions" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Branch a future-state map" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "Open the future-state map" }).click();
  await page.getByRole("heading", { name: "Today (future state)", level: 1 }).waitFor();
  await page.getByRole("grid").waitFor();

  await page.getByRole("button", { name: "Add stage" }).click();
  await page.getByText("All changes saved").waitFor();
  await page.getByRole("button", { name: "Versions" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Compare with the original map" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("heading", { name: "Changes from Original: Today to Future state (this map)" }).waitFor();
  await dialog.getByRole("img", { name: "Today (Original: Today)" }).waitFor();
  await dialog.getByRole("img", { name: "Today (future state) (Future state (this map))" }).waitFor();
  await dialog.getByRole("listitem").filter({ hasText: "+ Added stage New stage" }).waitFor();
});

for (const lang of ["en", "fa"] as const) {
  test(`axe finds no violations in the version history and a comparison (${lang})`, async () => {
    const page = await (await browser.newContext()).newPage();
    await signUp(page, server, `Axe ${lang}`);
    await createMapFromTemplate(page, `Versions ${lang}`);
    await page.getByRole("button", { name: "Versions" }).click();
    await page.getByRole("dialog").getByRole("textbox", { name: /^Version name/ }).fill("Baseline");
    await page.getByRole("dialog").getByRole("button", { name: "Save version" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /^Compare Baseline/ }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Add stage" }).click();
    await page.getByText("All changes saved").waitFor();
    await setLanguage(page, lang);
    const { t } = createI18n(lang);
    const found: string[] = [];
    await page.getByRole("button", { name: t("versions.open") }).click();
    const compare = page.getByRole("dialog").getByRole("button", { name: t("versions.compareWith", { name: "Baseline" }) });
    await compare.waitFor();
    for (const v of await axeViolations(page)) found.push(`history: ${v}`);
    await compare.click();
    await page.getByRole("dialog").getByRole("listitem").first().waitFor();
    for (const v of await axeViolations(page)) found.push(`comparison: ${v}`);
    assert.deepEqual(found, []);
  });
}
