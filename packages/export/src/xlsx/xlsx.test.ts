import { test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { emptyDocument, orderedStages, orderedSteps, writeGridCsv, readGridCsv, type JourneyDocument } from "@kaart/core";
import { readGridXlsx } from "./read-grid-xlsx";
import { declaredUnzippedSize } from "./zip-size";
import { writeGridXlsx, writeGridXlsxWithWarnings, GRID_SHEET_NAME } from "./write-grid-xlsx";

function smallMap(locale = "en"): JourneyDocument {
  const doc = emptyDocument({ mapId: "map:x", title: "Onboarding", now: "2026-01-01T00:00:00.000Z", sourceLocale: locale });
  doc.stages["stage:a"] = { id: "stage:a", name: "Sign up", order: "a0", kpis: [] };
  doc.stages["stage:b"] = { id: "stage:b", name: "Use", order: "a1", kpis: [] };
  doc.steps["step:1"] = { id: "step:1", stageId: "stage:a", name: "Form", order: "a0" };
  doc.steps["step:2"] = { id: "step:2", stageId: "stage:a", name: "Verify", order: "a1" };
  doc.steps["step:3"] = { id: "step:3", stageId: "stage:b", name: "First task", order: "a0" };
  doc.lanes["lane:do"] = { id: "lane:do", type: "actions", name: "Does", order: "a0" };
  doc.lanes["lane:pain"] = { id: "lane:pain", type: "painPoints", name: "Pain", order: "a1" };
  doc.cells["cell:do~1"] = { id: "cell:do~1", laneId: "lane:do", stepId: "step:1", content: { kind: "text", text: [{ text: "=HYPERLINK(\"http://evil\")" }] } };
  doc.cells["cell:do~3"] = { id: "cell:do~3", laneId: "lane:do", stepId: "step:3", content: { kind: "text", text: [{ text: "Opens\nthe app" }] } };
  doc.cards["card:c"] = { id: "card:c", laneId: "lane:pain", stepId: "step:2", order: "a0", kind: "painPoint", title: "-SMS never arrives" };
  return doc;
}

async function sheetOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb.getWorksheet(GRID_SHEET_NAME)!;
}

test("XLSX holds the grid: merged stage headers, step row, lane columns, text cells with formulas escaped", async () => {
  const sheet = await sheetOf(await writeGridXlsx(smallMap()));
  assert.equal(sheet.getCell("D1").value, "Sign up");
  assert.equal(sheet.getCell("E1").isMerged, true);
  assert.equal(sheet.getCell("F1").value, "Use");
  assert.deepEqual([sheet.getCell("D2").value, sheet.getCell("E2").value, sheet.getCell("F2").value], ["Form", "Verify", "First task"]);
  assert.deepEqual([sheet.getCell("A3").value, sheet.getCell("B3").value, sheet.getCell("C3").value], ["lane:do", "actions", "Does"]);
  assert.equal(sheet.getCell("D3").value, "'=HYPERLINK(\"http://evil\")");
  assert.equal(sheet.getCell("D3").type, ExcelJS.ValueType.String);
  assert.equal(sheet.getCell("E4").value, "'-SMS never arrives");
  assert.equal(sheet.views[0]!.rightToLeft, false);
});

test("a Persian map gets a right-to-left sheet", async () => {
  const doc = smallMap("fa");
  doc.stages["stage:a"]!.name = "ثبت‌نام";
  const sheet = await sheetOf(await writeGridXlsx(doc));
  assert.equal(sheet.views[0]!.rightToLeft, true);
  assert.equal(sheet.getCell("D1").value, "ثبت‌نام");
});

test("XLSX → document → CSV equals the CSV of the original (same grid both ways)", async () => {
  const doc = smallMap();
  const read = await readGridXlsx(await writeGridXlsx(doc));
  assert.ok(read.ok, JSON.stringify(!read.ok && read.errors));
  assert.equal(read.document.map.title, "Onboarding");
  assert.deepEqual(orderedStages(read.document).map((s) => s.name), ["Sign up", "Use"]);
  assert.deepEqual(orderedSteps(read.document).map((s) => s.name), ["Form", "Verify", "First task"]);
  assert.equal(writeGridCsv(read.document).text, writeGridCsv(doc).text);
  const viaCsv = readGridCsv(writeGridCsv(doc).text, { title: "Onboarding" });
  assert.ok(viaCsv.ok);
  assert.deepEqual(read.document, viaCsv.document);
});

test("formulas in a foreign workbook are read as their results, never run", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell("D1").value = "Stage";
  ws.getCell("D2").value = "Step";
  ws.getCell("C3").value = "Notes";
  ws.getCell("D3").value = { formula: "1+1", result: 2 };
  ws.getCell("E2").value = "Other";
  ws.getCell("E3").value = { formula: "WEBSERVICE(\"http://x\")" } as ExcelJS.CellFormulaValue;
  const r = await readGridXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  const texts = Object.values(r.document.cells).map((c) => (c.content.kind === "text" ? c.content.text[0]!.text : ""));
  assert.deepEqual(texts.sort(), ["2", "=WEBSERVICE(\"http://x\")"]);
});

test("garbage bytes and non-XLSX zips are xlsx_unreadable; huge input is refused", async () => {
  const junk = new Uint8Array(4096).map((_, i) => (i * 131) % 256);
  const r = await readGridXlsx(junk);
  assert.ok(!r.ok && r.errors[0]!.code === "xlsx_unreadable");
  const empty = await readGridXlsx(new Uint8Array(0));
  assert.ok(!empty.ok && empty.errors[0]!.code === "xlsx_unreadable");
  const big = await readGridXlsx(new Uint8Array(11), { maxBytes: 10 });
  assert.ok(!big.ok && big.errors[0]!.code === "too_large");
  const valid = await writeGridXlsx(smallMap());
  const truncated = await readGridXlsx(valid.slice(0, valid.length - 30));
  assert.ok(!truncated.ok && truncated.errors[0]!.code === "xlsx_unreadable");
  const cut = valid.slice(0, Math.floor(valid.length / 2));
  const half = await readGridXlsx(cut);
  assert.ok(!half.ok && half.errors[0]!.code === "xlsx_unreadable");
});

test("an archive declaring too much unpacked data is refused before unzipping", async () => {
  const bytes = await writeGridXlsx(smallMap());
  const declared = declaredUnzippedSize(bytes)!;
  assert.ok(declared > bytes.length, "XLSX parts are compressed");
  const r = await readGridXlsx(bytes, { maxUnzippedBytes: declared - 1 });
  assert.ok(!r.ok && r.errors[0]!.code === "too_large");
  assert.ok((await readGridXlsx(bytes, { maxUnzippedBytes: declared })).ok);
});

test("warnings of the grid are passed on", async () => {
  const doc = smallMap();
  doc.cells["cell:do~a"] = { id: "cell:do~a", laneId: "lane:do", stageId: "stage:a", content: { kind: "text", text: [{ text: "whole stage" }] } };
  const { warnings } = await writeGridXlsxWithWarnings(doc);
  assert.deepEqual(warnings.map((w) => w.code), ["grid_stage_cell_omitted"]);
});

test("a sheet that claims a far-away last cell is read by its cells, and too wide a grid is refused", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell("D1").value = "Stage";
  ws.getCell("D2").value = "Step";
  ws.getCell("C3").value = "Notes";
  ws.getCell("D3").value = "text";
  ws.getCell("XFD1048576").value = "far away";
  const r = await readGridXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  assert.ok(!r.ok && r.errors[0]!.code === "grid_shape");
  ws.getCell("XFD1048576").value = null;
  ws.getCell("E7").value = "near";
  const ok = await readGridXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  assert.ok(ok.ok, JSON.stringify(!ok.ok && ok.errors));
  assert.equal(Object.keys(ok.document.lanes).length, 2);
});
