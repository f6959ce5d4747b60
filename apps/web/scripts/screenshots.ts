/**
 * `npm run screenshots`: regenerates `docs/screenshots/*.png` — the main screens in English and
 * Persian — from the real server and the built app in headless Chromium.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { buildIsStale } from "../e2e/harness/build-freshness";
import { launchBrowser } from "../e2e/harness/browser";
import { startServer } from "../e2e/harness/server";
import { createMapFromTemplate, openSignup, signUp } from "../e2e/harness/accounts";

const here = resolve(import.meta.dirname, "..");
const out = resolve(here, "../../docs/screenshots");
mkdirSync(out, { recursive: true });
if (buildIsStale(here)) spawnSync(process.execPath, [resolve(here, "../../node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: here, stdio: "inherit" });

const server = await startServer();
const browser = await launchBrowser();
try {
  await openSignup(server);
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })).newPage();
  const shot = (name: string) => page.screenshot({ path: resolve(out, `${name}.png`) });
  const language = async (lang: string) => {
    await page.evaluate((l) => window.localStorage.setItem("kaart.language", l), lang);
    await page.reload();
  };
  await page.goto(`${server.url}/#/login`);
  await shot("login-en");
  await signUp(page, server, "Ilze Ozola");
  await page.goto(`${server.url}/#/templates`);
  await page.getByRole("grid").waitFor();
  await shot("templates-en");
  await page.getByRole("link", { name: "Maps" }).click();
  await createMapFromTemplate(page, "Online checkout");
  await settle(page);
  await shot("editor-en");
  await page.getByRole("link", { name: "Present" }).click();
  await page.getByRole("img").first().waitFor();
  await settle(page);
  await shot("presentation-en");
  await page.goto(`${server.url}/#/maps`);
  await page.getByRole("grid").waitFor();
  await shot("maps-en");

  await language("lv");
  await page.goto(`${server.url}/#/local?lang=lv`);
  await page.getByRole("grid").waitFor();
  await settle(page);
  await shot("editor-local-lv");

  await language("fa");
  await page.goto(`${server.url}/#/templates`);
  await page.getByRole("grid").waitFor();
  await page.getByRole("button", { name: /زبان نقشه/ }).click();
  await page.getByRole("option", { name: "فارسی" }).click();
  await page.getByRole("textbox").first().fill("پرداخت آنلاین");
  await page.getByRole("button", { name: "ساخت نقشه" }).click();
  await page.getByRole("grid").waitFor();
  await settle(page);
  await shot("editor-fa");
  await page.goto(`${server.url}/#/maps`);
  await page.getByRole("grid").waitFor();
  await shot("maps-fa");
  await page.goto(`${server.url}/#/login`);
  await shot("login-fa");
} finally {
  await browser.close();
  await server.stop();
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
}
