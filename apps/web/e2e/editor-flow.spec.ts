import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import type { RunningServer } from "./harness/server";
import { createMapFromTemplate, signUp } from "./harness/accounts";
import { appSuite } from "./harness/app-suite";

let server: RunningServer;
let browser: Browser;

appSuite((s, b) => {
  server = s;
  browser = b;
});

test("sign up, create a map from a template, edit it and find every edit after a reload", async () => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, server);
  await createMapFromTemplate(page, "Onboarding journey");

  await page.getByRole("button", { name: "Add stage" }).click();
  await page.getByRole("columnheader", { name: /New stage/ }).waitFor();
  await page.getByRole("button", { name: "Actions for stage New stage" }).click();
  await page.getByRole("menuitem", { name: "Add step" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("Compare plans");
  await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await page.getByRole("columnheader", { name: /Compare plans/ }).waitFor();

  // The new step is the last column; type into its cell of the Actions lane.
  const actions = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Actions/ }) });
  await actions.getByRole("gridcell").last().click();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Reads the pricing page twice");
  await page.keyboard.press("Escape");

  const score = page.getByRole("textbox", { name: "Emotion at Compare plans" });
  await score.fill("-1.5");
  await score.press("Enter");

  await page.getByRole("button", { name: "Add pain point at Compare plans" }).click();
  await page.getByRole("dialog").getByLabel("Title").fill("Prices hidden behind a form");
  await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Add opportunity at Compare plans" }).click();
  await page.getByRole("dialog").getByLabel("Title").fill("Show prices up front");
  await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await page.getByText("All changes saved").waitFor();

  await page.reload();
  await page.getByRole("grid").waitFor();
  await page.getByRole("columnheader", { name: /Compare plans/ }).waitFor();
  assert.ok(await page.getByText("Reads the pricing page twice").isVisible());
  assert.ok(await page.getByRole("button", { name: "Edit card Prices hidden behind a form" }).isVisible());
  assert.ok(await page.getByRole("button", { name: "Edit card Show prices up front" }).isVisible());
  assert.equal(await page.getByRole("textbox", { name: "Emotion at Compare plans" }).inputValue(), "-1.5");

  // Drag the curve's point for the new step upwards: the score rises and the typed field follows.
  const point = page.getByRole("slider", { name: "Emotion at Compare plans" });
  await point.scrollIntoViewIfNeeded();
  const box = await point.boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 200, { steps: 5 });
  await page.mouse.up();
  assert.equal(await point.getAttribute("aria-valuenow"), "2");
  assert.equal(await page.getByRole("textbox", { name: "Emotion at Compare plans" }).inputValue(), "2");

  // The export menu downloads the map from the server.
  const mapId = decodeURIComponent(page.url().split("#/maps/")[1]!);
  await page.getByRole("button", { name: "Export" }).click();
  const item = page.getByRole("menuitem", { name: "Download Kaart JSON" });
  const href = await item.getAttribute("href");
  assert.equal(href, `/api/maps/${encodeURIComponent(mapId)}/export?format=json`);
  const exported = await page.request.get(`${server.url}${href}`);
  assert.equal(exported.status(), 200);
  assert.match(await exported.text(), /Prices hidden behind a form/);
  await page.keyboard.press("Escape");

  // The map list finds the map by its title and says so when nothing matches.
  await page.getByRole("link", { name: "Maps" }).click();
  await page.getByRole("searchbox", { name: "Search maps" }).fill("Onboarding");
  await page.getByRole("row", { name: /Onboarding journey/ }).waitFor();
  await page.getByRole("searchbox", { name: "Search maps" }).fill("zzzz-nothing");
  await page.getByText("No map matches “zzzz-nothing”.").waitFor();

  // A map that does not exist (or is not ours) is refused, and the page says so.
  await page.goto(`${server.url}/#/maps/map:doesNotExist123`);
  await page.getByRole("alert").filter({ hasText: "Nothing here" }).waitFor();
});
