import { describe, expect, test } from "vitest";
import { CATALOGUES, type Catalogue } from "./catalogues";
import { UI_LANGUAGES } from "./languages";
import { createI18n } from "./i18n";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(cat: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(cat)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The keys a language must have: each plain English key, and each plural key in every category of the language. */
function requiredKeys(language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of flatten(CATALOGUES.en).keys()) {
    if (PLURAL.test(key)) for (const c of categories) keys.add(key.replace(PLURAL, `_${c}`));
    else keys.add(key);
  }
  return keys;
}

const variables = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each(UI_LANGUAGES)("catalogue %s", (language) => {
  const have = flatten(CATALOGUES[language]);

  test("has every key, in every plural category of the language", () => {
    const missing = [...requiredKeys(language)].filter((k) => !have.has(k));
    expect(missing).toEqual([]);
  });

  test("has no key English lacks", () => {
    const required = requiredKeys(language);
    const extra = [...have.keys()].filter((k) => !required.has(k));
    expect(extra).toEqual([]);
  });

  test("keeps the placeholders of English", () => {
    const english = flatten(CATALOGUES.en);
    for (const [key, text] of have) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL, "_other"));
      expect(variables(text), `${language}:${key}`).toEqual(variables(source ?? ""));
    }
  });
});

test("Latvian uses its zero form for 0 and 10–20 and its one form for 21", () => {
  const i18n = createI18n("lv");
  expect(i18n.t("maps.count", { count: 0 })).toBe("0 karšu");
  expect(i18n.t("maps.count", { count: 11 })).toBe("11 karšu");
  expect(i18n.t("maps.count", { count: 21 })).toBe("21 karte");
  expect(i18n.t("maps.count", { count: 3 })).toBe("3 kartes");
});

test("Czech uses few for 2–4 and other for 5", () => {
  const i18n = createI18n("cs");
  expect(i18n.t("editor.steps", { count: 3 })).toBe("3 kroky");
  expect(i18n.t("editor.steps", { count: 5 })).toBe("5 kroků");
});

test("Persian is right to left and writes counts in Persian digits", () => {
  const i18n = createI18n("fa");
  expect(i18n.dir("fa")).toBe("rtl");
  expect(i18n.t("maps.count", { count: 12 })).toBe("۱۲ نقشه");
});
