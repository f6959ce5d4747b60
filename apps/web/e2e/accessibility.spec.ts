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

/** Checks the page as it is now; collects violations under `where` instead of stopping at the first. */
async function check(page: Page, where: string, found: string[]): Promise<void> {
  for (const v of await axeViolations(page)) found.push(`${where}: ${v}`);
}

async function setLanguage(page: Page, name: string): Promise<void> {
  await page.evaluate((lang) => window.localStorage.setItem("kaart.language", lang), name);
  await page.reload();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, name);
}

for (const lang of ["en", "fa"] as const) {
  test(`axe finds no violations on any page or dialog (${lang})`, async () => {
    const page = await (await browser.newContext()).newPage();
    const found: string[] = [];
    await page.goto(`${server.url}/#/login`);
    await setLanguage(page, lang);
    await page.getByRole("textbox").first().waitFor();
    await check(page, "login", found);
    await page.goto(`${server.url}/#/signup`);
    await page.getByRole("textbox").first().waitFor();
    await check(page, "signup", found);

    // Sign up and create in English (the helpers use English names), then look at everything in `lang`.
    await setLanguage(page, "en");
    await signUp(page, server);
    await check(page, "maps (empty)", found);
    await createMapFromTemplate(page, `Map ${lang}`);
    const editorUrl = page.url();
    await setLanguage(page, lang);
    await page.getByRole("grid").waitFor();
    await check(page, "editor", found);

    const { t } = createI18n(lang);
    const button = (name: string | RegExp) => page.getByRole("button", { name }).first();
    const dialogs: [string, () => Promise<void>][] = [
      ["stage menu", () => button(new RegExp(t("editor.stageActions", { name: "" }).trim())).click()],
      ["card dialog", () => button(new RegExp(`^${t("cards.addPainPointAt", { step: "" }).trim()}`)).click()],
      ["touchpoint dialog", () => button(new RegExp(`^${t("touchpoints.addAt", { step: "" }).trim()}`)).click()],
      ["share dialog", () => button(t("share.open")).click()],
      ["export menu", () => button(t("exporting.open")).click()],
      ["add lane dialog", () => button(t("editor.addLane")).click()],
      [
        "rename dialog",
        async () => {
          await button(new RegExp(t("editor.stageActions", { name: "" }).trim())).click();
          await page.getByRole("menuitem", { name: t("editor.renameStage") }).click();
        },
      ],
      [
        "moment dialog",
        async () => {
          await button(new RegExp(t("editor.stepActions", { name: "" }).trim())).click();
          await page.getByRole("menuitem", { name: t("moments.flag") }).click();
        },
      ],
    ];
    for (const [name, open] of dialogs) {
      await open();
      await page.getByRole("dialog").or(page.getByRole("menu")).first().waitFor();
      await check(page, name, found);
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").or(page.getByRole("menu")).first().waitFor({ state: "detached" });
    }

    await page.getByRole("radio", { name: t("editor.tableView") }).or(button(t("editor.tableView"))).first().click();
    await page.getByRole("grid").first().waitFor();
    await check(page, "table view", found);

    await page.goto(editorUrl.replace(/#\/maps\/(.+)$/, "#/maps/$1/present"));
    await page.getByRole("img").first().waitFor();
    await check(page, "presentation", found);

    await page.goto(`${server.url}/#/templates`);
    await page.getByRole("grid").first().waitFor();
    await check(page, "templates", found);
    await page.getByRole("button", { name: new RegExp(t("templates.previewOf", { name: "" }).trim()) }).first().click();
    await page.getByRole("dialog").waitFor();
    await check(page, "template preview", found);
    await page.keyboard.press("Escape");

    await page.goto(`${server.url}/#/maps`);
    await page.getByRole("grid").first().waitFor();
    await check(page, "maps", found);
    await page.goto(`${server.url}/#/local`);
    await page.getByRole("grid").waitFor();
    await check(page, "local editor", found);

    assert.deepEqual(found, []);
  });
}
