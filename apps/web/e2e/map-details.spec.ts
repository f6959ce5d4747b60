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

/** Chooses `option` in the React Aria select labelled `label` inside `scope`. */
async function choose(page: Page, scope: ReturnType<Page["getByRole"]>, label: string, option: string) {
  await scope.getByRole("button", { name: new RegExp(`${label}$`) }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

test("title and tags, a re-entry flow, card evidence, a touchpoint's owner team and an @mention, each through its dialog", async () => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, server, "Ilze Ozola");
  await createMapFromTemplate(page, "Details journey");

  await page.getByRole("button", { name: "Edit title and details" }).click();
  let dialog = page.getByRole("dialog", { name: "Map title and details" });
  await dialog.getByRole("textbox", { name: "Map title" }).fill("Checkout, returning customers");
  await dialog.getByRole("textbox", { name: "Description" }).fill("Signed-in customers who pay by card.");
  await dialog.getByRole("textbox", { name: "Tags" }).fill("retail, checkout");
  await dialog.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: "Checkout, returning customers", level: 1 }).waitFor();
  await page.getByText("Signed-in customers who pay by card.").waitFor();
  // The edit reached the server's copy of the document.
  const mapId = decodeURIComponent(page.url().split("#/maps/")[1]!);
  const stored = async () => page.evaluate(async (id) => (await (await fetch(`/api/maps/${encodeURIComponent(id)}`)).json()) as { document: { map: { title: string; tags: string[] }; flows: Record<string, { label?: string }> } }, mapId);
  await page.waitForFunction(
    async (id) => ((await (await fetch(`/api/maps/${encodeURIComponent(id)}`)).json()) as { document: { map: { title: string } } }).document.map.title === "Checkout, returning customers",
    mapId,
    { polling: 100, timeout: 30_000 },
  );
  assert.deepEqual((await stored()).document.map.tags, ["retail", "checkout"]);

  const names = (await page.locator(".step-header .header-name").allTextContents()).slice(0, 3);
  await page.getByRole("button", { name: "Branches and loops" }).click();
  dialog = page.getByRole("dialog", { name: "Branches and loops" });
  const before = await dialog.getByRole("listitem").count();
  await choose(page, dialog, "From step", names[2]!);
  await choose(page, dialog, "To step", names[0]!);
  await choose(page, dialog, "Kind", "Re-entry");
  await dialog.getByRole("textbox", { name: "Label or condition" }).fill("comes back next month");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  const item = `From ${names[2]} to ${names[0]}: Re-entry, “comes back next month”`;
  await dialog.getByText(item).waitFor();
  assert.equal(await dialog.getByRole("listitem").count(), before + 1);
  await dialog.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: /^Edit card / }).first().click();
  dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Add evidence" }).click();
  const evidence = dialog.getByRole("group", { name: "Evidence 1" });
  await evidence.getByRole("textbox", { name: "What was said or seen" }).fill("“I had to type my address again.”");
  await evidence.getByRole("textbox", { name: "Source" }).fill("Interview 7");
  await dialog.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: /^Edit card / }).first().click();
  assert.equal(await page.getByRole("dialog").getByRole("group", { name: "Evidence 1" }).getByRole("textbox", { name: "Source" }).inputValue(), "Interview 7");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  const touchpoint = page.getByRole("button", { name: /^Edit touchpoint / }).first();
  await touchpoint.click();
  dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Owner team" }).fill("Web team");
  await dialog.getByRole("button", { name: "Save" }).click();
  await page.locator(".chip-owner", { hasText: "Web team" }).first().waitFor();

  await page.getByRole("button", { name: "Comments" }).click();
  const panel = page.getByRole("region", { name: "Comments" });
  const box = panel.getByRole("textbox", { name: "Comment" });
  await box.click();
  await page.keyboard.type("Please check this, @ilz");
  await panel.getByRole("listbox", { name: "Members to mention" }).getByRole("option", { name: /Ilze Ozola/ }).waitFor();
  await page.keyboard.press("Enter");
  assert.equal(await box.inputValue(), "Please check this, @Ilze Ozola ");
  await panel.getByRole("button", { name: "Add comment" }).click();
  await panel.getByRole("article", { name: "The whole map" }).getByText("Please check this, @Ilze Ozola").waitFor();
  const threads = await page.evaluate(async (id) => (await (await fetch(`/api/maps/${encodeURIComponent(id)}/comments`)).json()) as { messages: { mentions: string[] }[] }[], mapId);
  assert.equal(threads[0]!.messages[0]!.mentions.length, 1, "the server read the inserted mention");
});

for (const lang of ["en", "fa"] as const) {
  test(`axe finds no violations in the map details, flows, card, touchpoint dialogs and the mention list (${lang})`, async () => {
    const page = await (await browser.newContext()).newPage();
    await signUp(page, server, "Ilze Ozola");
    await createMapFromTemplate(page, `Axe details ${lang}`);
    await page.evaluate((l) => window.localStorage.setItem("kaart.language", l), lang);
    await page.reload();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.getByRole("grid").waitFor();
    const { t } = createI18n(lang);
    const check = async (what: string) => assert.deepEqual(await axeViolations(page), [], what);
    const openAndCheck = async (what: string, open: () => Promise<void>, closeName = t("app.cancel")) => {
      await open();
      await page.getByRole("dialog").waitFor();
      await check(what);
      await page.getByRole("dialog").getByRole("button", { name: closeName }).first().click();
      await page.getByRole("dialog").waitFor({ state: "detached" });
    };
    await openAndCheck("map details", () => page.getByRole("button", { name: t("mapInfo.edit") }).click());
    await openAndCheck("flows", () => page.getByRole("button", { name: t("flows.title") }).click(), t("app.close"));
    await openAndCheck("card with evidence", async () => {
      await page.getByRole("button", { name: new RegExp(`^${t("cards.editCard", { title: "" }).trim()}`) }).first().click();
      await page.getByRole("dialog").getByRole("button", { name: t("cardDetails.evidence.add") }).click();
    });
    await openAndCheck("touchpoint", () => page.getByRole("button", { name: new RegExp(`^${t("touchpointFields.edit", { name: "" }).trim()}`) }).first().click());
    await page.getByRole("button", { name: t("comments.open") }).click();
    await page.getByRole("region", { name: t("comments.title") }).getByRole("textbox", { name: t("comments.body") }).click();
    await page.keyboard.type("@");
    await page.getByRole("listbox", { name: t("mentions.members") }).waitFor();
    await check("mention list");
  });
}
