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

/** Sets whether anyone may sign up, as the instance's admin would in settings. */
async function setSignupOpen(open: boolean): Promise<void> {
  const login = await fetch(`${server.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(server.admin) });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const r = await fetch(`${server.url}/api/instance/settings`, { method: "PUT", headers: { "content-type": "application/json", cookie, "x-kaart-csrf": csrfToken }, body: JSON.stringify({ signupOpen: open }) });
  assert.equal(r.status, 200);
}

/** The owner makes an editor invitation through the share dialog of an open map; returns the link. */
async function invitationLink(owner: Page): Promise<string> {
  await owner.getByRole("button", { name: "Share" }).click();
  const dialog = owner.getByRole("dialog");
  await dialog.getByRole("button", { name: /Access/ }).click();
  await owner.getByRole("option", { name: "Can edit" }).click();
  await dialog.getByRole("button", { name: "Create link" }).click();
  const field = dialog.getByRole("textbox", { name: "Link" }).nth(1);
  await field.waitFor();
  const link = await field.inputValue();
  assert.match(link, /\/invite\/[A-Za-z0-9_-]{20,}$/);
  await dialog.getByRole("button", { name: "Close" }).first().click();
  return link;
}

async function openInLanguage(page: Page, url: string, lang: string): Promise<void> {
  await page.goto(url);
  await page.evaluate((l) => window.localStorage.setItem("kaart.language", l), lang);
  await page.reload();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

test("an invitation link opened in a fresh browser: the page names the workspace, sign-up (while closed to others) joins it and lands on its maps; axe finds nothing (en, fa)", async () => {
  const owner = await (await browser.newContext()).newPage();
  await signUp(owner, server, "Olga Owner");
  await createMapFromTemplate(owner, "Invited journey");
  const link = await invitationLink(owner);
  await setSignupOpen(false);
  try {
    const fa = await (await browser.newContext()).newPage();
    await openInLanguage(fa, link, "fa");
    const { t } = createI18n("fa");
    await fa.getByRole("button", { name: t("invite.signUpAndJoin") }).waitFor();
    assert.equal(await fa.locator("html").getAttribute("dir"), "rtl");
    assert.deepEqual(await axeViolations(fa), [], "fa");

    const page = await (await browser.newContext()).newPage();
    assert.deepEqual(await page.context().cookies(), []);
    await page.goto(link);
    const heading = page.getByRole("heading", { level: 1 });
    await page.getByText("Olga Owner invites you to the workspace").waitFor();
    assert.match((await heading.textContent()) ?? "", /^Join /);
    await page.getByText("Your access: Can edit").waitFor();
    assert.deepEqual(await axeViolations(page), [], "en");

    await page.getByLabel("Name").fill("Ines Invitee");
    await page.getByLabel("Email").fill(`ines${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign up and join" }).click();
    await page.getByRole("heading", { name: "Your maps" }).waitFor();
    await page.getByRole("row", { name: /Invited journey/ }).first().waitFor();
    assert.equal(new URL(page.url()).pathname, "/");

    // The same link again: already used, and the page says what to do.
    const late = await (await browser.newContext()).newPage();
    await late.goto(link);
    await late.getByRole("alert").filter({ hasText: "This invitation link has already been used." }).waitFor();
    assert.equal(await late.getByRole("button", { name: "Sign up and join" }).count(), 0);
    assert.deepEqual(await axeViolations(late), [], "en, used link");
  } finally {
    await setSignupOpen(true);
  }
});

test("someone already signed in accepts with one button and sees the workspace's maps instead of their own", async () => {
  const owner = await (await browser.newContext()).newPage();
  await signUp(owner, server, "Otto Owner");
  await createMapFromTemplate(owner, "Team journey");
  const link = await invitationLink(owner);

  const member = await (await browser.newContext()).newPage();
  await signUp(member, server, "Mara Member");
  await member.goto(link);
  await member.getByText("You are signed in as Mara Member.").waitFor();
  await member.getByRole("button", { name: "Accept invitation" }).click();
  await member.getByRole("heading", { name: "Your maps" }).waitFor();
  await member.getByRole("row", { name: /Team journey/ }).first().waitFor();
});
