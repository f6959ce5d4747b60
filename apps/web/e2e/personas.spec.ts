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

// A one-pixel PNG, so the photo loads without any network.
const PHOTO = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

async function setLanguage(page: Page, lang: string): Promise<void> {
  await page.evaluate((l) => window.localStorage.setItem("kaart.language", l), lang);
  await page.reload();
  await page.getByRole("grid").waitFor();
}

test("add a persona with a described photo, see it in the persona filter, and find it after a reload", async () => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, server);
  await createMapFromTemplate(page, "Persona map");

  await page.getByRole("button", { name: "Personas" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Add persona" }).click();
  await dialog.getByRole("textbox", { name: /^Name/ }).fill("Marta Kalniņa");
  await dialog.getByRole("textbox", { name: /^Photo address/ }).fill(PHOTO);
  await dialog.getByRole("textbox", { name: /^Occupation/ }).fill("Nurse");
  await dialog.getByRole("textbox", { name: /^Frustrations/ }).fill("Night-shift hours\nSlow checkout");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.getByRole("alert").filter({ hasText: "Describe the photo" }).waitFor();
  await dialog.getByRole("textbox", { name: /^Photo description/ }).fill("Marta in a blue uniform");
  await dialog.getByRole("button", { name: "Save" }).click();
  await dialog.getByRole("img", { name: "Marta in a blue uniform" }).waitFor();
  assert.equal(await dialog.getByRole("checkbox", { name: "Marta Kalniņa is a target of this map" }).isChecked(), true);
  await dialog.getByRole("button", { name: "Close" }).click();

  // The toolbar's persona filter offers the new persona; choosing it shows her emotion curve.
  await page.getByRole("button", { name: / Persona$/ }).click();
  await page.getByRole("option", { name: "Marta Kalniņa" }).click();
  await page.getByText("All changes saved").waitFor();

  await page.reload();
  await page.getByRole("grid").waitFor();
  await page.getByRole("button", { name: "Personas" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Edit persona Marta Kalniņa" }).click();
  assert.equal(await page.getByRole("dialog").getByRole("textbox", { name: /^Frustrations/ }).inputValue(), "Night-shift hours\nSlow checkout");
});

for (const lang of ["en", "fa"] as const) {
  test(`axe finds no violations in the persona list and form (${lang})`, async () => {
    const page = await (await browser.newContext()).newPage();
    await signUp(page, server, `Axe ${lang}`);
    await createMapFromTemplate(page, `Personas ${lang}`);
    await setLanguage(page, lang);
    const { t } = createI18n(lang);
    const found: string[] = [];
    await page.getByRole("button", { name: t("personas.open") }).click();
    await page.getByRole("dialog").waitFor();
    for (const v of await axeViolations(page)) found.push(`list: ${v}`);
    await page.getByRole("dialog").getByRole("button", { name: t("personas.add") }).click();
    await page.getByRole("dialog").getByRole("textbox").first().waitFor();
    await page.getByRole("dialog").getByRole("button", { name: t("app.save") }).click();
    await page.getByRole("dialog").getByRole("alert").waitFor();
    for (const v of await axeViolations(page)) found.push(`form: ${v}`);
    assert.deepEqual(found, []);
  });
}
