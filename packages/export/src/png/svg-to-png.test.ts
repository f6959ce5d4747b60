import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { renderMapSvg } from "@kaart/core";
import { renderPng } from "./render-png";
import { resvgFontOptions, svgToPng } from "./svg-to-png";
import { multilingualMap } from "../test-support/multilingual-map";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.equal(String.fromCharCode(...png.slice(12, 16)), "IHDR");
  return [view.getUint32(16), view.getUint32(20)];
}

test("renderPng gives PNG bytes of the SVG's size times the scale", async () => {
  const doc = multilingualMap();
  const svg = renderMapSvg(doc);
  const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
  const png = await renderPng(doc, { scale: 2 });
  assert.deepEqual([...png.slice(0, 8)], SIGNATURE);
  assert.deepEqual(pngSize(png), [width * 2, height * 2]);
});

test("svgToPng loads only the shipped fonts, never the system's", () => {
  const options = resvgFontOptions();
  assert.equal(options.loadSystemFonts, false);
  assert.ok(options.fontFiles.length >= 4);
  for (const file of options.fontFiles) {
    assert.ok(existsSync(file), file);
    assert.match(file, /node_modules/);
    assert.match(file, /\.ttf$/);
  }
  // Families a machine may have (CI installs fonts-noto-core) but the app does not ship draw
  // exactly like the default font: they are never looked up.
  const text = (family: string): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-size="20" font-family="${family}">Rīga řeč</text></svg>`;
  assert.deepEqual(svgToPng(text("Noto Serif")), svgToPng(text("Noto Sans")));
  assert.deepEqual(svgToPng(text("DejaVu Sans")), svgToPng(text("Noto Sans")));
  assert.notDeepEqual(svgToPng(text("Vazirmatn")), svgToPng(text("Noto Sans")), "the shipped fonts differ, so the check above can fail");
});

test("svgToPng refuses a scale that is not positive", () => {
  assert.throws(() => svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { scale: 0 }), RangeError);
});
