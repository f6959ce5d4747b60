import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
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

/** The names of the stages, steps or lanes in the order the grid shows them, read from their menu buttons. */
async function order(page: Page, kind: "stage" | "step" | "lane"): Promise<string[]> {
  // Every header has its actions once the grid has drawn all its cells.
  await page.locator("[role=grid]:not([aria-busy=true])").waitFor();
  const labels = await page.getByRole("button", { name: new RegExp(`^Actions for ${kind} `) }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
  return labels.map((l) => l.replace(`Actions for ${kind} `, ""));
}

/** Waits until the grid shows `expected` (a drop is applied after the browser hands over its data). */
async function waitForOrder(page: Page, kind: "stage" | "step" | "lane", expected: string[]): Promise<void> {
  const labels = expected.map((name) => `Actions for ${kind} ${name}`);
  await page.waitForFunction(
    ({ prefix, labels }) => {
      const shown = [...document.querySelectorAll("button[aria-label]")].map((b) => b.getAttribute("aria-label") ?? "").filter((l) => l.startsWith(prefix));
      return shown.length === labels.length && shown.every((l, i) => l === labels[i]);
    },
    { prefix: `Actions for ${kind} `, labels },
  );
}

const swapped = (list: string[], i: number) => [...list.slice(0, i), list[i + 1]!, list[i]!, ...list.slice(i + 2)];

const stepHeader = (page: Page, name: string) => page.getByRole("columnheader").filter({ has: page.getByRole("button", { name: `Actions for step ${name}`, exact: true }) });

test("a stage moves by keyboard and a step by mouse drag, both orders survive a reload, and the open menu passes axe", async () => {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, server, "Reordering Person");
  await createMapFromTemplate(page, "Reordered map");
  const stages = await order(page, "stage");
  assert.ok(stages.length >= 3, `a template with several stages, got ${stages.join(", ")}`);

  // Keyboard: Ctrl+Shift+ArrowRight on the first stage's menu button moves it one place later.
  const first = page.getByRole("button", { name: `Actions for stage ${stages[0]}`, exact: true });
  await first.focus();
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.getByText(`Stage “${stages[0]}” moved to position 2 of ${stages.length}`).waitFor({ state: "attached" });
  assert.deepEqual(await order(page, "stage"), swapped(stages, 0));
  assert.equal(await first.evaluate((el) => el === document.activeElement), true, "focus stays on the moved stage");

  // The menu, opened from the keyboard, offers the moves and passes axe.
  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "Move earlier" }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press("Escape");

  // Mouse: drag a step onto the later half of its neighbour's header.
  const steps = await order(page, "step");
  const source = stepHeader(page, steps[1]!);
  const target = stepHeader(page, steps[2]!);
  const box = await target.boundingBox();
  assert.ok(box);
  await source.dragTo(target, { targetPosition: { x: box.width * 0.8, y: box.height / 2 } });
  const dragged = swapped(steps, 1);
  await waitForOrder(page, "step", dragged);

  await page.getByText("All changes saved").waitFor();
  await page.reload();
  await page.getByRole("grid").waitFor();
  assert.deepEqual(await order(page, "stage"), swapped(stages, 0));
  assert.deepEqual(await order(page, "step"), dragged);
});

test("a card dragged onto the upper half of a card in another cell lands before it there, and onto an empty cell lands in it", async () => {
  // Tall enough that both ends of each drag are on screen, with no scrolling in the middle of a drag.
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1400 } })).newPage();
  await signUp(page, server, "Card Mover");
  await createMapFromTemplate(page, "Cards on the move");
  const cards = page.getByRole("button", { name: /^Edit card / });
  const [moving, staying] = await cards.evaluateAll((els) => {
    const painPoints = els.filter((e) => e.closest("[role=gridcell]")?.classList.contains("lane-painPoints"));
    return painPoints.slice(0, 2).map((e) => ({ label: e.getAttribute("aria-label") ?? "", cell: e.closest("[role=gridcell]")?.getAttribute("aria-label") ?? "" }));
  });
  assert.ok(moving && staying && moving.cell !== staying.cell, "two pain points in different cells");

  // Onto the upper half of the other card: before it, in its cell.
  const target = page.getByRole("button", { name: staying.label, exact: true });
  const box = await target.boundingBox();
  assert.ok(box);
  await page.getByRole("button", { name: moving.label, exact: true }).dragTo(target, { targetPosition: { x: box.width / 2, y: 3 } });
  const cell = page.getByRole("gridcell", { name: staying.cell, exact: true });
  await cell.getByRole("button", { name: moving.label, exact: true }).waitFor();
  const inCell = await cell.getByRole("button", { name: /^Edit card / }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  assert.deepEqual(inCell, [moving.label, staying.label]);
  await page.getByText(/^Card “.*” moved to “.*”, position 1 of 2$/).waitFor({ state: "attached" });

  // Onto a pain-point cell without cards, low in the cell (below its add button): to that cell.
  const empty = page.locator("[role=gridcell].lane-painPoints").filter({ hasNot: page.getByRole("button", { name: /^Edit card / }) }).first();
  const emptyName = (await empty.getAttribute("aria-label")) ?? "";
  const cellBox = await empty.boundingBox();
  assert.ok(cellBox);
  await page.getByRole("button", { name: moving.label, exact: true }).dragTo(empty, { targetPosition: { x: cellBox.width / 2, y: cellBox.height - 12 } });
  await page.getByRole("gridcell", { name: emptyName, exact: true }).getByRole("button", { name: moving.label, exact: true }).waitFor();
});

test("in a right-to-left map the drop sides and the shortcut arrows are mirrored", async () => {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(`${server.url}/#/local?lang=fa`);
  await page.getByRole("grid").waitFor();
  const steps = await order(page, "step");
  const target = stepHeader(page, steps[2]!);
  const box = await target.boundingBox();
  assert.ok(box);
  // The left part of a column is its later side when the grid runs right to left.
  await stepHeader(page, steps[1]!).dragTo(target, { targetPosition: { x: box.width * 0.2, y: box.height / 2 } });
  await waitForOrder(page, "step", swapped(steps, 1));

  const stages = await order(page, "stage");
  await page.getByRole("button", { name: `Actions for stage ${stages[0]}`, exact: true }).focus();
  await page.keyboard.press("Control+Shift+ArrowLeft");
  await waitForOrder(page, "stage", swapped(stages, 0));
});
