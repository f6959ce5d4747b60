import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import type { RunningServer } from "./harness/server";
import { createMapFromTemplate, signUp } from "./harness/accounts";
import { axeViolations } from "./harness/axe";
import { appSuite } from "./harness/app-suite";

let server: RunningServer;
let browser: Browser;

appSuite((s, b) => {
  server = s;
  browser = b;
});

test("a password-protected read-only link opens the map for someone without an account", async () => {
  const owner = await (await browser.newContext()).newPage();
  await signUp(owner, server);
  await createMapFromTemplate(owner, "Shared onboarding");
  await owner.getByRole("button", { name: "Share" }).click();
  const dialog = owner.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Password (optional)" }).fill("open sesame 42");
  await dialog.getByRole("textbox", { name: "Expires after days (optional)" }).fill("7");
  await dialog.getByRole("button", { name: "Create read-only link" }).click();
  const field = dialog.getByRole("textbox", { name: "Read-only link" });
  await field.waitFor();
  const url = await field.inputValue();
  assert.match(url, /\/shared\/[A-Za-z0-9_-]{20,}$/);
  await dialog.getByRole("list", { name: "Live read-only links" }).getByText(/with password/).waitFor();

  const reader = await (await browser.newContext()).newPage();
  assert.deepEqual(await reader.context().cookies(), []);
  await reader.goto(url);
  await reader.getByText("This map is protected by a password.").waitFor();
  await reader.getByLabel(/^Password/).fill("not the password");
  await reader.getByRole("button", { name: "Open map" }).click();
  await reader.getByRole("alert").filter({ hasText: "this link needs its password" }).waitFor();
  await reader.getByLabel(/^Password/).fill("open sesame 42");
  await reader.getByRole("button", { name: "Open map" }).click();
  await reader.getByRole("heading", { level: 1, name: "Shared onboarding" }).waitFor();
  const picture = reader.locator("img.map-picture");
  await picture.waitFor();
  // The page's policy keeps blob URLs out of fetch; a decoded image with a size is the SVG drawn.
  await reader.waitForFunction(() => (document.querySelector<HTMLImageElement>("img.map-picture")?.naturalWidth ?? 0) > 0);
  assert.match((await picture.getAttribute("src")) ?? "", /^blob:/);
  assert.deepEqual(await axeViolations(reader), []);

  await dialog.getByRole("button", { name: "Revoke" }).click();
  await dialog.getByText("No live read-only links.").waitFor();
  await reader.reload();
  await reader.getByText("This link has expired or was revoked.", { exact: false }).waitFor();
});
