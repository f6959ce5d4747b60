import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderPdf } from "./render-pdf";
import { multilingualMap } from "../test-support/multilingual-map";

const hasPoppler = spawnSync("pdftotext", ["-v"]).error === undefined;
const skip = !hasPoppler && process.env.CI !== "true" ? "pdftotext (poppler-utils) is not installed" : false;

/** Text of a PDF as pdftotext reads it, without bidi marks and zero-width joiners. */
function pdfText(pdf: Uint8Array, tool = "pdftotext"): string {
  const dir = mkdtempSync(join(tmpdir(), "kaart-pdf-"));
  try {
    const file = join(dir, "map.pdf");
    writeFileSync(file, pdf);
    return execFileSync(tool, tool === "pdftotext" ? [file, "-"] : [file], { encoding: "utf8" }).replace(/\u200c|\u200d|\u200e|\u200f|[\u202a-\u202e]/g, "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("renderPdf writes a PDF whose text is selectable Latvian, Czech and Persian", { skip }, async () => {
  const pdf = await renderPdf(multilingualMap());
  assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), "%PDF-");
  const text = pdfText(pdf);
  for (const expected of ["Izpēte un salīdzināšana", "Salīdzina tarifus", "šķiet", "Přečte si řeč podmínek", "آگاهی و سلام", "ثبت درخواست"]) {
    assert.ok(text.includes(expected), `pdftotext output lacks "${expected}":\n${text}`);
  }
  assert.match(text, /ā/);
  assert.match(text, /š/);
  assert.match(text, /ř/);
});

test("renderPdf shapes a right-to-left map's Persian sentence in reading order", { skip }, async () => {
  const pdf = await renderPdf(multilingualMap("fa"));
  const text = pdfText(pdf).replace(/\s+/g, " ");
  assert.ok(text.includes("مشتری فرم را پر میکند و"), text);
});

test("renderPdf embeds the shipped fonts", { skip }, async () => {
  const fonts = pdfText(await renderPdf(multilingualMap()), "pdffonts");
  assert.match(fonts, /NotoSans-Regular/);
  assert.match(fonts, /Vazirmatn/);
  for (const line of fonts.split("\n").filter((l) => /\+/.test(l))) assert.match(line, /\byes\s+yes\s+yes\b/, `not embedded: ${line}`);
});

test("renderPdf is byte-for-byte deterministic for the same map", async () => {
  const first = await renderPdf(multilingualMap());
  const doc = multilingualMap();
  doc.map.updatedAt = "2026-02-03T04:05:06Z";
  assert.deepEqual(await renderPdf(multilingualMap()), first);
  assert.notDeepEqual(await renderPdf(doc), first, "the creation date follows the map");
});
