import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
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

interface StoredCard {
  title: string;
  kind: string;
  impact?: number;
  effort?: number;
}

test("an opportunity dragged to another quadrant of the matrix lands there, and the server's copy has its new impact and effort", async () => {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1200 } })).newPage();
  await signUp(page, server, "Marta Kalniņa");
  await createMapFromTemplate(page, "Matrix journey");
  await page.getByRole("button", { name: "Opportunity matrix" }).click();
  const dialog = page.getByRole("dialog", { name: "Opportunity matrix" });
  const quickWins = dialog.getByRole("region", { name: /^Quick win/ });
  const thankless = dialog.getByRole("region", { name: /^Thankless task/ });
  const card = quickWins.getByRole("listitem").first();
  const title = (await card.locator("span").first().textContent())!;
  await card.dragTo(thankless);
  await thankless.getByText(title).waitFor();
  assert.equal(await quickWins.getByText(title, { exact: true }).count(), 0);

  const mapId = decodeURIComponent(page.url().split("#/maps/")[1]!);
  const stored = async () => Object.values(((await (await page.request.get(`${server.url}/api/maps/${encodeURIComponent(mapId)}`)).json()) as { document: { cards: Record<string, StoredCard> } }).document.cards).find((c) => c.title === title);
  let saved = await stored();
  for (let i = 0; i < 50 && !(saved?.impact !== undefined && saved.impact < 3 && saved.effort !== undefined && saved.effort > 3); i++) {
    await page.waitForTimeout(100);
    saved = await stored();
  }
  assert.ok(saved && saved.impact! < 3 && 6 - saved.effort! < 3, `stored impact ${saved?.impact}, effort ${saved?.effort}`);
});

for (const lang of ["en", "fa"] as const) {
  test(`axe finds no violations in the opportunity matrix (${lang})`, async () => {
    const page = await (await browser.newContext()).newPage();
    await signUp(page, server, "Marta Kalniņa");
    await createMapFromTemplate(page, `Axe matrix ${lang}`);
    await page.evaluate((l) => window.localStorage.setItem("kaart.language", l), lang);
    await page.reload();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.getByRole("grid").waitFor();
    const { t } = createI18n(lang);
    await page.getByRole("button", { name: t("matrix.open") }).click();
    await page.getByRole("dialog").waitFor();
    assert.deepEqual(await axeViolations(page), [], "matrix");
    const first = page.getByRole("dialog").getByRole("listitem").first();
    const title = (await first.locator("span").first().textContent())!;
    await first.getByRole("button", { name: t("matrix.moveCard", { title }) }).click();
    await page.getByRole("menu").waitFor();
    assert.deepEqual(await axeViolations(page), [], "matrix card menu");
  });
}
