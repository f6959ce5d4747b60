import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./harness/browser";
import { startServer, type RunningServer } from "./harness/server";
import { createMapFromTemplate, openSignup, signUp } from "./harness/accounts";

let server: RunningServer;
let browser: Browser;

before(async () => {
  server = await startServer();
  await openSignup(server);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
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
});
