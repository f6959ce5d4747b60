import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMapSvg } from "./render-map-svg";
import { sampleMap } from "./sample-map.fixture";
import { measureText } from "./measure-text";
import { THEME } from "./render-theme";
import { escapeXml } from "./xml-escape";
import { translationIdFor } from "../records/translation";

const unescape = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** Lines of each `<text>` element: the texts of its tspans, with the element's font size. */
function textElements(svg: string): Array<{ size: number; bold: boolean; lines: string[]; xs: number[] }> {
  return [...svg.matchAll(/<text font-size="([\d.]+)"( font-weight="bold")?[^>]*>(.*?)<\/text>/g)].map((m) => ({
    size: Number(m[1]),
    bold: m[2] !== undefined,
    lines: [...(m[3] ?? "").matchAll(/<tspan x="([\d.]+)"[^>]*>(.*?)<\/tspan>/g)].map((t) => unescape(t[2] ?? "")),
    xs: [...(m[3] ?? "").matchAll(/<tspan x="([\d.]+)"/g)].map((t) => Number(t[1])),
  }));
}

test("renderMapSvg names every stage, step and lane", () => {
  const doc = sampleMap();
  const svg = renderMapSvg(doc);
  const texts = textElements(svg).flatMap((t) => t.lines.join(" "));
  const all = texts.join("\n");
  for (const record of [...Object.values(doc.stages), ...Object.values(doc.steps), ...Object.values(doc.lanes)]) {
    assert.ok(all.includes(record.name), `missing ${record.name}`);
  }
});

test("renderMapSvg escapes text: markup in the map stays inert", () => {
  const svg = renderMapSvg(sampleMap());
  assert.ok(!svg.includes("<script"), "a raw <script> element must never appear");
  assert.ok(!svg.includes("<b>"), "cell markup must be escaped");
  assert.ok(svg.includes(escapeXml("<script>alert(1)</script>")));
  assert.ok(svg.includes("&lt;b&gt;twice&lt;/b&gt;"));
});

test("renderMapSvg has an accessible title and description", () => {
  const doc = sampleMap();
  doc.map.accessibility = { title: "Bank map", description: "Seven steps from advert to card" };
  const svg = renderMapSvg(doc);
  const labelled = /aria-labelledby="([^"]+) ([^"]+)"/.exec(svg);
  assert.ok(labelled && svg.includes('role="img"'));
  assert.match(svg, new RegExp(`<title id="${labelled[1]}">Bank map</title>`));
  assert.match(svg, new RegExp(`<desc id="${labelled[2]}">Seven steps from advert to card</desc>`));
});

test("long text wraps into several lines, each no wider than its cell", () => {
  const doc = sampleMap();
  const svg = renderMapSvg(doc);
  const wrapped = textElements(svg).find((t) => t.lines.join(" ").startsWith("Opens three tabs"));
  assert.ok(wrapped, "the long actions cell is drawn");
  assert.ok(wrapped.lines.length >= 3, `expected several lines, got ${wrapped.lines.length}`);
  const room = THEME.columnWidth - THEME.pad * 2;
  for (const t of textElements(svg)) {
    for (const line of t.lines) {
      const width = measureText(line, { size: t.size, weight: t.bold ? 700 : 400 }, false);
      assert.ok(width <= doc.map.title.length * t.size, "sanity");
      if (t === wrapped) assert.ok(width <= room, `"${line}" is ${width} wide, cell is ${room}`);
    }
  }
});

test("an unbreakable word longer than a cell is cut, not overflowing", () => {
  const doc = sampleMap();
  const cell = Object.values(doc.cells).find((c) => c.content.kind === "text")!;
  const word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);
  cell.content = { kind: "text", text: [{ text: word }] };
  const svg = renderMapSvg(doc);
  const lines = textElements(svg).find((t) => t.lines.join("").startsWith("Pneumono"))!.lines;
  assert.ok(lines.length > 1);
  assert.equal(lines.join(""), word);
  for (const line of lines) assert.ok(measureText(line, { size: THEME.bodySize, weight: 400 }, false) <= THEME.columnWidth - THEME.pad * 2);
});

test("locale picks translations and falls back to the source text", () => {
  const doc = sampleMap();
  const svg = renderMapSvg(doc, { locale: "lv" });
  assert.ok(svg.includes("Konta atvēršana"));
  assert.ok(svg.includes("Darbības"));
  assert.ok(svg.includes("Consideration"), "untranslated names fall back to the source");
  assert.ok(!svg.includes(">Account opening<"));
  assert.ok(!renderMapSvg(doc).includes("Konta atvēršana"));
  assert.ok(doc.translations[translationIdFor("lv", "stage:open", "name")]);
});

test("a right-to-left map mirrors: the first stage is right of the last", () => {
  const doc = sampleMap({ sourceLocale: "fa" });
  doc.stages["stage:aware"]!.name = "آگاهی";
  const x = (svg: string, stage: number): number => Number(new RegExp(`<g data-stage="${stage}"><rect x="([\\d.]+)"`).exec(svg)?.[1]);
  const rtl = renderMapSvg(doc);
  assert.match(rtl, /<svg[^>]* direction="rtl"/);
  assert.ok(x(rtl, 0) > x(rtl, 2), `first stage at ${x(rtl, 0)}, last at ${x(rtl, 2)}`);
  const ltr = renderMapSvg(sampleMap());
  assert.ok(x(ltr, 0) < x(ltr, 2));
  assert.doesNotMatch(ltr, /direction="rtl"/);
  const persian = textElements(rtl).find((t) => t.lines.includes("آگاهی"))!;
  const stageRight = x(rtl, 0) + 2 * THEME.columnWidth;
  assert.ok(persian.xs[0]! > stageRight - THEME.columnWidth, "RTL text is anchored at the right of its box");
});

test("emotion markers differ in shape by level, and personas by dash pattern", () => {
  const svg = renderMapSvg(sampleMap());
  const curves = [...svg.matchAll(/<g data-curve="asIs"[^>]*>(.*?)<\/g><\/g>/g)].map((m) => m[1] ?? "").join("");
  const markers = [...curves.matchAll(/<g data-level="(\d)" data-variant="asIs"[^>]*>(.*?)<\/g>/g)];
  const shapeByLevel = new Map<string, string>();
  for (const m of markers) shapeByLevel.set(m[1]!, (m[2] ?? "").replace(/fill="[^"]*"/g, ""));
  assert.equal(shapeByLevel.size, 5, "the sample uses all five levels");
  assert.equal(new Set(shapeByLevel.values()).size, 5, "each level has its own shape, not just its own colour");
  const dashes = [...svg.matchAll(/<g data-curve="asIs" data-persona="persona:\w+"><path [^>]*?(stroke-dasharray="[^"]*")?\/>/g)].map((m) => m[1] ?? "solid");
  assert.equal(new Set(dashes).size, 2);
  assert.ok(svg.includes('data-curve="toBe"'), "the to-be curve is overlaid");
});

test("filtering by persona keeps only that persona's curve", () => {
  const svg = renderMapSvg(sampleMap(), { personaId: "persona:peter" });
  assert.ok(svg.includes('data-persona="persona:peter"'));
  assert.ok(!svg.includes('data-persona="persona:anna"'));
});

test("cards, chips, images, moments and flow edges are drawn", () => {
  const svg = renderMapSvg(sampleMap());
  assert.equal((svg.match(/data-card-kind="painPoint"/g) ?? []).length, 2);
  assert.equal((svg.match(/data-card-kind="opportunity"/g) ?? []).length, 2);
  assert.ok(svg.includes("Severity 5/5") && svg.includes("Impact 4/5"));
  assert.ok(svg.includes('data-channel="email"') && svg.includes('data-channel="ads"'));
  assert.ok(svg.includes('data-cell-kind="image"') && svg.includes("Image: Screenshot of the account"));
  assert.ok(svg.includes('data-moment="true"'));
  assert.ok(svg.includes('data-flow="loop"') && svg.includes('data-flow="branch"'));
  assert.ok(svg.includes("Retry · 30 %"));
  assert.ok(svg.includes("An account that works the same day") && svg.includes("Drop-out: 38 % (target 20 %)"), "stage goal and KPIs");
});

test("rendering is deterministic", () => {
  assert.equal(renderMapSvg(sampleMap()), renderMapSvg(sampleMap()));
});

test("an empty map renders", () => {
  const doc = sampleMap();
  for (const table of ["stages", "steps", "lanes", "cells", "cards", "emotions", "flows"] as const) doc[table] = {};
  assert.match(renderMapSvg(doc), /^<svg[^>]*>.*<\/svg>$/s);
});

test("a Persian cell in a left-to-right map is set right to left in the Persian font", () => {
  const doc = sampleMap();
  const cell = Object.values(doc.cells).find((c) => c.content.kind === "text")!;
  cell.content = { kind: "text", text: [{ text: "مشتری فرم را پر می‌کند" }] };
  const svg = renderMapSvg(doc);
  const element = /<text [^>]*>(?:(?!<\/text>).)*مشتری/.exec(svg)?.[0] ?? "";
  assert.match(element, /direction="rtl"/);
  assert.match(element, /font-family="'Vazirmatn'/);
  assert.doesNotMatch(svg.replace(element, ""), /<text [^>]*direction="rtl"/, "other text stays left to right");
});
