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

test("add a language, translate a text, filter the untranslated ones and find the translation after a reload", async () => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, server);
  await createMapFromTemplate(page, "Translated map");

  await page.getByRole("button", { name: "Translations" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: /^Language code/ }).fill("de");
  await dialog.getByRole("button", { name: "Add language" }).click();
  const progress = dialog.getByText(/^German \(de\): 0 of \d+ texts translated$/);
  await progress.waitFor();
  const total = Number(/of (\d+)/.exec((await progress.textContent()) ?? "")?.[1]);

  await dialog.getByRole("button", { name: /Translate into$/ }).click();
  await page.getByRole("option", { name: "German (de)" }).click();
  const title = dialog.getByRole("textbox", { name: "Title of Translated map", exact: true });
  await title.fill("Übersetzte Karte");
  await title.press("Tab");
  await dialog.getByText(`German (de): 1 of ${total} text translated`).waitFor();
  await dialog.getByRole("checkbox", { name: "Untranslated only" }).check();
  await dialog.getByRole("status").filter({ hasText: `${total - 1} texts shown` }).waitFor();
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.getByText("All changes saved").waitFor();

  await page.reload();
  await page.getByRole("grid").waitFor();
  // The map now has several languages, so the content language switch appears.
  assert.ok(await page.getByRole("button", { name: /Content language$/ }).isVisible());
  await page.getByRole("button", { name: "Translations" }).click();
  await page.getByRole("dialog").getByRole("button", { name: /Translate into$/ }).click();
  await page.getByRole("option", { name: "German (de)" }).click();
  assert.equal(await page.getByRole("dialog").getByRole("textbox", { name: "Title of Translated map", exact: true }).inputValue(), "Übersetzte Karte");
});

for (const lang of ["en", "fa"] as const) {
  test(`axe finds no violations in the translation view (${lang})`, async () => {
    const page = await (await browser.newContext()).newPage();
    await signUp(page, server, `Axe ${lang}`);
    await createMapFromTemplate(page, `Translations ${lang}`);
    await setLanguage(page, lang);
    const { t } = createI18n(lang);
    await page.getByRole("button", { name: t("translations.open") }).click();
    await page.getByRole("dialog").getByRole("table").waitFor();
    await page.getByRole("dialog").getByRole("checkbox", { name: t("translations.preview") }).check();
    await page.getByRole("dialog").getByRole("img").waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });
}
