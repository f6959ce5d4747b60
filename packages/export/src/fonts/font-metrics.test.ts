import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";
import { measureText } from "@kaart/core";
import { shippedFonts } from "./shipped-fonts";

const script = fileURLToPath(new URL("../../scripts/generate-font-metrics.ts", import.meta.url));

test("the committed font metrics match the shipped font files", () => {
  execFileSync(process.execPath, ["--import", "tsx", script, "--check"], { stdio: "pipe" });
});

test("measureText never under-measures what the fonts actually lay out", () => {
  const samples: Array<[string, boolean]> = [
    ["Klients salīdzina mēneša maksu", false],
    ["Přečte si řeč podmínek, ŽŠČŘ", false],
    ["Kõik ütlevad: õun, äri, Šveits", false],
    ["Compare tariffs (monthly fees) — 62 %", false],
    ["مشتری فرم را پر می‌کند و منتظر تماس می‌ماند", true],
  ];
  for (const weight of [400, 700] as const) {
    for (const [text, persian] of samples) {
      const family = persian ? "Vazirmatn" : "Noto Sans";
      const file = shippedFonts().find((f) => f.family === family && f.weight === weight);
      assert.ok(file);
      const font = fontkit.openSync(file.path);
      const laidOut = (font.layout(text).advanceWidth * 20) / font.unitsPerEm;
      const measured = measureText(text, { size: 20, weight }, persian);
      assert.ok(measured >= laidOut - 0.5, `${text} (${weight}): measured ${measured}, laid out ${laidOut}`);
      // Arabic letters are measured in their isolated forms, wider than the joined ones drawn.
      const slack = persian ? 1.3 : 1.05;
      assert.ok(measured <= laidOut * slack, `${text} (${weight}): measured ${measured} is far wider than ${laidOut}`);
    }
  }
});
