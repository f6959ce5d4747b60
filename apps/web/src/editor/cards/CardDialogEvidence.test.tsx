import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { orderedSteps } from "@kaart/core";
import { renderEditor, templateDocument } from "../testing/render-editor";
import { evidenceOf } from "./CardDialogEvidence";

const dialog = () => screen.getByRole("dialog");
const evidence = (n: number) => within(dialog()).getByRole("group", { name: `Evidence ${n}` });

test("a card's details and evidence are added in its dialog, shown again on reopening, and removed one by one", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const card = Object.values(doc.cards).find((c) => c.kind === "opportunity" && !c.evidence?.length)!;
  fireEvent.click(screen.getByRole("button", { name: `Edit card ${card.title}` }));
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Details" }), { target: { value: "Returning customers retype their address." } });
  fireEvent.click(within(dialog()).getByRole("button", { name: "Add evidence" }));
  fireEvent.click(within(evidence(1)).getByRole("button", { name: /Kind/ }));
  fireEvent.click(screen.getByRole("option", { name: "Support ticket" }));
  fireEvent.change(within(evidence(1)).getByRole("textbox", { name: "What was said or seen" }), { target: { value: "“Why again?”" } });
  fireEvent.change(within(evidence(1)).getByRole("textbox", { name: "Source" }), { target: { value: "Zendesk #4411" } });
  fireEvent.change(within(evidence(1)).getByRole("textbox", { name: "Link" }), { target: { value: "https://support.example/4411" } });
  fireEvent.click(within(dialog()).getByRole("button", { name: "Add evidence" }));
  fireEvent.change(within(evidence(2)).getByRole("textbox", { name: "What was said or seen" }), { target: { value: "Half the panel mentioned it." } });
  fireEvent.click(within(dialog()).getByRole("button", { name: "Add evidence" }));
  fireEvent.submit(dialog().querySelector("form")!);

  const saved = yDocToDocument(session.ydoc).cards[card.id]!;
  expect(saved.body).toEqual([{ text: "Returning customers retype their address." }]);
  // The third item was left empty, so it is not saved.
  expect(saved.evidence).toEqual([
    { kind: "ticket", text: "“Why again?”", source: "Zendesk #4411", href: "https://support.example/4411" },
    { kind: "quote", text: "Half the panel mentioned it." },
  ]);

  fireEvent.click(screen.getByRole("button", { name: `Edit card ${card.title}` }));
  expect(within(dialog()).getByRole<HTMLTextAreaElement>("textbox", { name: "Details" }).value).toBe("Returning customers retype their address.");
  expect(within(evidence(1)).getByRole<HTMLInputElement>("textbox", { name: "Source" }).value).toBe("Zendesk #4411");
  fireEvent.click(within(dialog()).getByRole("button", { name: "Remove evidence 1" }));
  expect(within(evidence(1)).getByRole<HTMLTextAreaElement>("textbox", { name: "What was said or seen" }).value).toBe("Half the panel mentioned it.");
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Details" }), { target: { value: "" } });
  fireEvent.submit(dialog().querySelector("form")!);
  expect(yDocToDocument(session.ydoc).cards[card.id]).toMatchObject({ evidence: [{ kind: "quote", text: "Half the panel mentioned it." }] });
  expect(yDocToDocument(session.ydoc).cards[card.id]!.body).toBeUndefined();

  fireEvent.click(screen.getByRole("button", { name: `Edit card ${card.title}` }));
  fireEvent.click(within(dialog()).getByRole("button", { name: "Remove evidence 1" }));
  expect(within(dialog()).getByText(/No evidence yet/)).toBeTruthy();
  fireEvent.submit(dialog().querySelector("form")!);
  expect(yDocToDocument(session.ydoc).cards[card.id]!.evidence).toBeUndefined();
});

test("a link that is not http, https or mailto is flagged and the card is not saved until it is fixed", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const step = orderedSteps(doc)[0]!;
  fireEvent.click(screen.getByRole("button", { name: `Add pain point at ${step.name}` }));
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Title" }), { target: { value: "Card declined twice" } });
  fireEvent.click(within(dialog()).getByRole("button", { name: "Add evidence" }));
  fireEvent.change(within(evidence(1)).getByRole("textbox", { name: "Link" }), { target: { value: "javascript:alert(1)" } });
  expect(within(evidence(1)).getByText("A link starts with http://, https:// or mailto:")).toBeTruthy();
  fireEvent.submit(dialog().querySelector("form")!);
  expect(Object.values(yDocToDocument(session.ydoc).cards).some((c) => c.title === "Card declined twice")).toBe(false);

  fireEvent.change(within(evidence(1)).getByRole("textbox", { name: "Link" }), { target: { value: "mailto:care@example.com" } });
  fireEvent.submit(dialog().querySelector("form")!);
  const added = Object.values(yDocToDocument(session.ydoc).cards).find((c) => c.title === "Card declined twice");
  expect(added).toMatchObject({ kind: "painPoint", stepId: step.id, evidence: [{ kind: "quote", href: "mailto:care@example.com" }] });
});

test("evidence keeps only filled fields, trimmed", () => {
  expect(evidenceOf([{ key: 1, kind: "review", text: "  Great  ", source: " ", href: "" }, { key: 2, kind: "quote", text: "", source: "", href: "" }])).toEqual([{ kind: "review", text: "Great" }]);
});
