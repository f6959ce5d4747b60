import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { renderEditor, templateDocument } from "../editor/testing/render-editor";
import { PersonasDialog } from "./PersonasDialog";

const field = (dialog: HTMLElement, name: string) => within(dialog).getByRole("textbox", { name: new RegExp(`^${name}`) });

test("a persona with a photo needs a description; once given, the persona is added and targeted by the map", () => {
  const { session } = renderEditor(templateDocument(), "en", <PersonasDialog />);
  fireEvent.click(screen.getByRole("button", { name: "Personas" }));
  fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Add persona" }));
  const dialog = screen.getByRole("dialog");
  fireEvent.change(field(dialog, "Name"), { target: { value: "Ilze Ozola" } });
  fireEvent.change(field(dialog, "Photo address"), { target: { value: "https://example.test/ilze.jpg" } });
  fireEvent.change(field(dialog, "Age"), { target: { value: "34" } });
  fireEvent.change(field(dialog, "Needs"), { target: { value: "Fast delivery\n\nClear prices " } });
  fireEvent.click(within(dialog).getByRole("checkbox", { name: "Email" }));
  fireEvent.submit(dialog.querySelector("form")!);
  expect(within(dialog).getByRole("alert").textContent).toContain("Describe the photo");
  expect(Object.values(yDocToDocument(session.ydoc).personas).some((p) => p.name === "Ilze Ozola")).toBe(false);

  fireEvent.change(field(dialog, "Photo description"), { target: { value: "Ilze smiling at a café table" } });
  fireEvent.submit(dialog.querySelector("form")!);
  const doc = yDocToDocument(session.ydoc);
  const added = Object.values(doc.personas).find((p) => p.name === "Ilze Ozola");
  expect(added).toMatchObject({
    age: 34,
    needs: ["Fast delivery", "Clear prices"],
    preferredChannels: ["email"],
    avatar: { assetId: "https://example.test/ilze.jpg", alt: "Ilze smiling at a café table" },
  });
  expect(doc.map.scope.targetPersonaIds).toContain(added!.id);
  expect(within(screen.getByRole("dialog")).getByRole("img", { name: "Ilze smiling at a café table" })).toBeTruthy();
});

test("editing clears emptied fields, keeps attributes in order, and unticking the target detaches the persona", () => {
  const doc = templateDocument();
  const persona = Object.values(doc.personas)[0]!;
  const { session } = renderEditor(doc, "en", <PersonasDialog />);
  fireEvent.click(screen.getByRole("button", { name: "Personas" }));
  fireEvent.click(screen.getByRole("button", { name: `Edit persona ${persona.name}` }));
  const dialog = screen.getByRole("dialog");
  fireEvent.change(field(dialog, "Occupation"), { target: { value: "" } });
  fireEvent.change(field(dialog, "B2B role"), { target: { value: "Champion" } });
  const before = persona.attributes.length;
  fireEvent.click(within(dialog).getByRole("button", { name: "Add attribute" }));
  fireEvent.change(field(dialog, `Attribute ${before + 1} name`), { target: { value: "Income" } });
  fireEvent.change(field(dialog, `Attribute ${before + 1} value`), { target: { value: "Middle" } });
  fireEvent.submit(dialog.querySelector("form")!);
  const edited = yDocToDocument(session.ydoc).personas[persona.id]!;
  expect(edited.occupation).toBeUndefined();
  expect(edited.b2bRole).toBe("Champion");
  expect(edited.attributes.at(-1)).toEqual({ key: "Income", value: "Middle" });
  expect(edited.attributes.length).toBe(before + 1);

  const target = within(screen.getByRole("dialog")).getByRole("checkbox", { name: `${persona.name} is a target of this map` });
  const wasTarget = doc.map.scope.targetPersonaIds.includes(persona.id);
  fireEvent.click(target);
  expect(yDocToDocument(session.ydoc).map.scope.targetPersonaIds.includes(persona.id)).toBe(!wasTarget);
});

test("a persona without a photo shows its initials; removing it takes it out of the map and the persona picker", () => {
  const { session } = renderEditor(templateDocument(), "en", <PersonasDialog />);
  fireEvent.click(screen.getByRole("button", { name: "Personas" }));
  fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Add persona" }));
  const dialog = screen.getByRole("dialog");
  fireEvent.change(field(dialog, "Name"), { target: { value: "Jānis Bērziņš" } });
  fireEvent.submit(dialog.querySelector("form")!);
  const added = Object.values(yDocToDocument(session.ydoc).personas).find((p) => p.name === "Jānis Bērziņš")!;
  expect(added.avatar).toEqual({ initials: "JB", alt: "Jānis Bērziņš" });
  const row = within(screen.getByRole("dialog")).getByText("Jānis Bērziņš").closest("li")!;
  expect(row.textContent).toContain("JB");
  fireEvent.click(within(row).getByRole("button", { name: "Remove persona Jānis Bērziņš" }));
  expect(yDocToDocument(session.ydoc).personas[added.id]).toBeUndefined();
  expect(yDocToDocument(session.ydoc).map.scope.targetPersonaIds).not.toContain(added.id);
  expect(screen.queryAllByText("Jānis Bērziņš")).toEqual([]);
});

test("in Persian the dialog and its plural count are translated", () => {
  renderEditor(templateDocument("fa"), "fa", <PersonasDialog />);
  fireEvent.click(screen.getByRole("button", { name: "پرسوناها" }));
  expect(within(screen.getByRole("dialog")).getByRole("button", { name: "افزودن پرسونا" })).toBeTruthy();
});

test("a persona the map refuses (a quote over 2,000 characters) keeps the form open and says why", () => {
  const { session } = renderEditor(templateDocument(), "en", <PersonasDialog />);
  const before = Object.keys(yDocToDocument(session.ydoc).personas).length;
  fireEvent.click(screen.getByRole("button", { name: "Personas" }));
  fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Add persona" }));
  const dialog = screen.getByRole("dialog");
  fireEvent.change(field(dialog, "Name"), { target: { value: "Talkative" } });
  fireEvent.change(field(dialog, "Quote"), { target: { value: "a".repeat(2_001) } });
  fireEvent.submit(dialog.querySelector("form")!);
  expect(within(screen.getByRole("dialog")).getByRole("alert").textContent).toMatch(/quote/i);
  expect(field(screen.getByRole("dialog"), "Name")).toBeTruthy();
  expect(Object.keys(yDocToDocument(session.ydoc).personas).length).toBe(before);
});
