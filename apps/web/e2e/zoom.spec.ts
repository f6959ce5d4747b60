import { test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "./harness/server";
import { createMapFromTemplate, signUp } from "./harness/accounts";
import { appSuite } from "./harness/app-suite";

let server: RunningServer;
let browser: Browser;

appSuite((s, b) => {
  server = s;
  browser = b;
});

/** Step columns whose header lies wholly inside the grid's scroller, as the reader sees them. */
async function visibleColumns(page: Page): Promise<{ visible: number; all: number }> {
  return page.evaluate(() => {
    const box = document.querySelector(".grid-scroller")!.getBoundingClientRect();
    const headers = [...document.querySelectorAll(".step-row [role=columnheader]:not(.corner)")];
    const visible = headers.filter((h) => {
      const r = h.getBoundingClientRect();
      return r.left >= box.left - 1 && r.right <= box.right + 1;
    });
    return { visible: visible.length, all: headers.length };
  });
}

/** Drags a curve point by the mouse from its centre to the page's `y`. */
async function dragPoint(page: Page, name: string, y: number): Promise<void> {
  const point = page.getByRole("slider", { name });
  await point.scrollIntoViewIfNeeded();
  const box = await point.boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, y, { steps: 5 });
  await page.mouse.up();
}

test("zooming out shows more step columns, fit shows them all, the zoom is kept per map, and curve points still drag to the right score at 50 %", async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signUp(page, server);
  await createMapFromTemplate(page, "Zoomed journey");
  const level = page.getByRole("status", { name: "Zoom level" });
  assert.equal(await level.textContent(), "100%");
  const at100 = await visibleColumns(page);
  assert.ok(at100.visible < at100.all, `the template is wider than the screen at 100 % (${at100.visible} of ${at100.all})`);

  // Ctrl+− four times with focus in the editor (90, 80, 75, 67 %), then the button once: 50 %.
  await page.getByRole("button", { name: "Add stage" }).focus();
  assert.equal(await page.evaluate(() => document.activeElement?.closest(".editor") !== null), true, "focus is in the editor");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Control+Minus");
  assert.equal(await level.textContent(), "67%");
  await page.getByRole("button", { name: "Zoom out" }).click();
  assert.equal(await level.textContent(), "50%");
  const at50 = await visibleColumns(page);
  assert.ok(at50.visible > at100.visible, `more columns at 50 % (${at50.visible}) than at 100 % (${at100.visible})`);

  // The curve's axis is the middle of the scale: a point dragged to it scores the middle (0).
  const name = (await page.getByRole("slider").first().getAttribute("aria-label"))!;
  await dragPoint(page, name, 0);
  const point = page.getByRole("slider", { name });
  assert.equal(await point.getAttribute("aria-valuenow"), await point.getAttribute("aria-valuemax"));
  const axis = await page.locator(".curve-axis").first().boundingBox();
  assert.ok(axis);
  await dragPoint(page, name, axis.y + axis.height / 2);
  const [min, max] = [Number(await point.getAttribute("aria-valuemin")), Number(await point.getAttribute("aria-valuemax"))];
  assert.equal(Number(await point.getAttribute("aria-valuenow")), (min + max) / 2);

  // Fit to screen: every step column inside the scroller.
  await page.getByRole("button", { name: "Fit to screen" }).click();
  const fitted = await visibleColumns(page);
  assert.equal(fitted.visible, fitted.all, `all columns fit at ${await level.textContent()}`);

  // A view setting of this browser: back after a reload, never written to the map.
  const kept = await level.textContent();
  await page.getByText("All changes saved").waitFor();
  await page.reload();
  await page.getByRole("grid").waitFor();
  assert.equal(await page.getByRole("status", { name: "Zoom level" }).textContent(), kept);
  const mapId = decodeURIComponent(page.url().split("#/maps/")[1]!);
  // No field of the stored map is a zoom (template text may say "Zoom call"; keys may not).
  const zoomKeys = await page.evaluate(async (id) => {
    const keys: string[] = [];
    JSON.stringify(await (await fetch(`/api/maps/${encodeURIComponent(id)}`)).json(), (k, v: unknown) => (/zoom/i.test(k) && keys.push(k), v));
    return keys;
  }, mapId);
  assert.deepEqual(zoomKeys, []);
  await page.getByRole("button", { name: /^Reset zoom to 100/ }).click();
  assert.equal(await page.getByRole("status", { name: "Zoom level" }).textContent(), "100%");
});
