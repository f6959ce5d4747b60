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

test("two browsers on one map see each other's edits and each other", async () => {
  const context = await browser.newContext();
  const alice = await context.newPage();
  await signUp(alice, server, "Alice");
  await createMapFromTemplate(alice, "Shared journey");
  // A second window of the same account: a separate browser page with its own Y.Doc and socket.
  const bob = await context.newPage();
  await bob.goto(alice.url());
  await bob.getByRole("grid").waitFor();

  await alice.getByRole("button", { name: "Add stage" }).click();
  await bob.getByRole("columnheader", { name: /New stage/ }).waitFor({ timeout: 15_000 });

  await bob.getByRole("button", { name: "Actions for stage New stage" }).click();
  await bob.getByRole("menuitem", { name: "Rename stage" }).click();
  await bob.getByRole("dialog").getByLabel("Name").fill("After purchase");
  await bob.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await alice.getByRole("columnheader", { name: /After purchase/ }).waitFor({ timeout: 15_000 });

  // Presence: the cell one window is at is marked in the other.
  // The map's first cell (the flows row above the lanes is a row of the grid too: its cell has no data-cell).
  await bob.locator("[role=gridcell][data-cell]").first().click();
  await alice.locator("[role=gridcell][data-cell]").first().getByRole("img", { name: "Alice" }).waitFor({ timeout: 15_000 });

  const here = alice.getByRole("list", { name: /people here/ });
  await here.getByRole("listitem").nth(1).waitFor({ timeout: 15_000 });
  assert.equal(await here.getByRole("listitem").count(), 2);
});
