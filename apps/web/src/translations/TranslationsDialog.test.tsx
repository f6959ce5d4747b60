import { expect, test } from "vitest";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { applyPatch, orderedStages, setTranslation, translationIdFor, updateMapInfo, type JourneyDocument } from "@kaart/core";
import { renderEditor, templateDocument } from "../editor/testing/render-editor";
import { TranslationsDialog } from "./TranslationsDialog";
import { ContentLanguageSwitch } from "./ContentLanguageSwitch";
import { translatableFields, translationCounts } from "./translatable-fields";
import { contentLocaleOf, contentText, setContentLocale } from "./content-locale";

const NOW = { now: "2026-01-02T00:00:00.000Z" };

function withLocales(doc: JourneyDocument, locales: string[]): JourneyDocument {
  const r = updateMapInfo(doc, { locales }, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return applyPatch(doc, r.patch);
}

test("every stage name and the map title are translatable, and no field with empty source text is listed", () => {
  const doc = templateDocument();
  const fields = translatableFields(doc);
  for (const s of orderedStages(doc)) expect(fields).toContainEqual(expect.objectContaining({ recordId: s.id, field: "name", source: s.name }));
  expect(fields[0]).toMatchObject({ recordId: doc.map.id, field: "title", source: doc.map.title });
  expect(fields.every((f) => f.source.trim().length > 0)).toBe(true);
  expect(fields.some((f) => f.kind === "rich" && f.table === "cells")).toBe(true);
});

test("adding a language, translating a stage name and filtering untranslated texts", () => {
  // The template ships translated; start from its English text alone.
  const doc = withLocales(templateDocument(), ["en"]);
  const stage = orderedStages(doc)[0]!;
  const { session } = renderEditor(doc, "en", <TranslationsDialog />);
  fireEvent.click(screen.getByRole("button", { name: "Translations" }));
  const dialog = screen.getByRole("dialog");
  expect(within(dialog).getByText("Add a language to start translating.")).toBeTruthy();
  fireEvent.change(within(dialog).getByRole("textbox", { name: /^Language code/ }), { target: { value: "en" } });
  fireEvent.click(within(dialog).getByRole("button", { name: "Add language" }));
  expect(within(dialog).getByRole("alert").textContent).toContain("does not have yet");
  fireEvent.change(within(dialog).getByRole("textbox", { name: /^Language code/ }), { target: { value: "lv" } });
  fireEvent.click(within(dialog).getByRole("button", { name: "Add language" }));
  expect(yDocToDocument(session.ydoc).map.locales).toEqual(["en", "lv"]);
  const total = translatableFields(doc).length;
  expect(within(dialog).getByText(`Latvian (lv): 0 of ${total} texts translated`)).toBeTruthy();

  const input = within(dialog).getByRole("textbox", { name: `Name of ${stage.name}` });
  fireEvent.change(input, { target: { value: "Atklāšana" } });
  fireEvent.blur(input);
  const after = yDocToDocument(session.ydoc);
  expect(after.translations[translationIdFor("lv", stage.id, "name")]?.value).toBe("Atklāšana");
  expect(translationCounts(after)).toEqual([{ locale: "lv", translated: 1, total }]);
  expect(within(dialog).getByText(`Latvian (lv): 1 of ${total} text translated`)).toBeTruthy();

  fireEvent.click(within(dialog).getByRole("checkbox", { name: "Untranslated only" }));
  expect(within(dialog).queryByRole("textbox", { name: `Name of ${stage.name}` })).toBeNull();
  expect(within(dialog).getByRole("status").textContent).toBe(`${total - 1} texts shown`);

  fireEvent.click(within(dialog).getByRole("button", { name: "Remove Latvian (lv)" }));
  const removed = yDocToDocument(session.ydoc);
  expect(removed.map.locales).toEqual(["en"]);
  expect(Object.keys(removed.translations)).toEqual([]);
});

test("a rich cell text is stored as runs, and emptying a translation removes it", () => {
  const doc = withLocales(templateDocument(), ["en", "et"]);
  const cell = translatableFields(doc).find((f) => f.kind === "rich")!;
  const { session } = renderEditor(doc, "en", <TranslationsDialog />);
  fireEvent.click(screen.getByRole("button", { name: "Translations" }));
  const input = within(screen.getByRole("dialog")).getAllByRole("textbox", { name: /^Text of / })[0]!;
  fireEvent.change(input, { target: { value: "Tere" } });
  fireEvent.blur(input);
  const id = translationIdFor("et", cell.recordId, cell.field);
  expect(yDocToDocument(session.ydoc).translations[id]?.value).toEqual([{ text: "Tere" }]);
  fireEvent.change(input, { target: { value: "" } });
  fireEvent.blur(input);
  expect(yDocToDocument(session.ydoc).translations[id]).toBeUndefined();
});

test("the content language switch picks one of the map's languages; texts fall back to the source when untranslated", () => {
  let doc = withLocales(withLocales(templateDocument(), ["en"]), ["en", "lv"]);
  const [first, second] = orderedStages(doc);
  const r = setTranslation(doc, { locale: "lv", recordId: first!.id, field: "name", value: "Atklāšana" }, NOW);
  if (!r.ok) throw new Error(r.error.message);
  doc = applyPatch(doc, r.patch);
  expect(contentLocaleOf(doc)).toBe("en");
  renderEditor(doc, "en", <ContentLanguageSwitch />);
  expect(screen.getByRole("button", { name: /Content language$/ })).toBeTruthy();
  act(() => setContentLocale(doc.map.id, "lv"));
  expect(contentLocaleOf(doc)).toBe("lv");
  expect(screen.getByRole("button", { name: /Content language$/ }).textContent).toContain("Latvian");
  expect(contentText(doc, "lv", first!.id, "name", first!.name)).toBe("Atklāšana");
  expect(contentText(doc, "lv", second!.id, "name", second!.name)).toBe(second!.name);
  // A language taken off the map falls back to the source language.
  expect(contentLocaleOf({ ...doc, map: { ...doc.map, locales: ["en"] } })).toBe("en");
});

test("a translation typed and left unsaved is kept when the dialog closes", () => {
  const doc = withLocales(withLocales(templateDocument(), ["en"]), ["en", "lv"]);
  const stage = orderedStages(doc)[1]!;
  const { session } = renderEditor(doc, "en", <TranslationsDialog />);
  fireEvent.click(screen.getByRole("button", { name: "Translations" }));
  const dialog = screen.getByRole("dialog");
  fireEvent.change(within(dialog).getByRole("textbox", { name: `Name of ${stage.name}` }), { target: { value: "Maksājums" } });
  fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
  expect(screen.queryByRole("dialog")).toBeNull();
  expect(yDocToDocument(session.ydoc).translations[translationIdFor("lv", stage.id, "name")]?.value).toBe("Maksājums");
});
