import { test } from "node:test";
import assert from "node:assert/strict";
import { guessLocale } from "./guess-locale";
import { readMermaid } from "./mermaid/read";
import { readGridCsv } from "./csv/read";

test("guessLocale tells right-to-left scripts apart and defaults to en", () => {
  assert.equal(guessLocale("سفر مشتری خرید خودرو"), "fa");
  assert.equal(guessLocale("رحلة العميل"), "ar");
  assert.equal(guessLocale("מסע לקוח"), "he");
  assert.equal(guessLocale("Klienta ceļš — veikals"), "en");
  assert.equal(guessLocale("Step 1: سفر"), "en");
  assert.equal(guessLocale(""), "en");
});

test("imports without a locale get the guessed one; a given locale wins", () => {
  const text = "journey\n  title سفر مشتری\n  section آگاهی\n    دیدن تبلیغ: 3: مریم\n";
  const guessed = readMermaid(text);
  assert.ok(guessed.ok && guessed.document.map.sourceLocale === "fa" && guessed.document.map.locales[0] === "fa");
  assert.equal(guessed.document.lanes["lane:emotions"]!.name, "احساسات");
  const given = readMermaid(text, { locale: "ar" });
  assert.ok(given.ok && given.document.map.sourceLocale === "ar");
  const csv = readGridCsv(",,,آگاهی\n,,,دیدن تبلیغ\n");
  assert.ok(csv.ok && csv.document.map.sourceLocale === "fa");
});
