import { expect, test } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { yDocToDocument } from "@kaart/collab";
import { orderedSteps } from "@kaart/core";
import { renderEditor, templateDocument } from "../testing/render-editor";

const dialog = () => screen.getByRole("dialog");

test("a touchpoint's owner team, description, channel and online flag are edited from its chip, and one undo takes the edit back", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const tp = Object.values(doc.touchpoints)[0]!;
  fireEvent.click(screen.getAllByRole("button", { name: `Edit touchpoint ${tp.name}` })[0]!);
  expect(within(dialog()).getByRole<HTMLInputElement>("textbox", { name: "Touchpoint name" }).value).toBe(tp.name);
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Owner team" }), { target: { value: "  E-commerce " } });
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Description" }), { target: { value: "The page after the basket." } });
  fireEvent.click(within(dialog()).getByRole("button", { name: /Channel/ }));
  fireEvent.click(screen.getByRole("option", { name: "Phone" }));
  // Choosing an offline channel suggests offline; the box can be ticked again.
  const online = within(dialog()).getByRole<HTMLInputElement>("checkbox", { name: "Online" });
  expect(online.checked).toBe(false);
  fireEvent.click(online);
  fireEvent.submit(dialog().querySelector("form")!);

  expect(yDocToDocument(session.ydoc).touchpoints[tp.id]).toEqual({ ...tp, channel: "phone", online: true, ownerTeam: "E-commerce", description: "The page after the basket." });
  expect(screen.getAllByText("E-commerce").length).toBeGreaterThan(0);

  fireEvent.click(screen.getAllByRole("button", { name: `Edit touchpoint ${tp.name}` })[0]!);
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Owner team" }), { target: { value: "" } });
  fireEvent.submit(dialog().querySelector("form")!);
  expect(yDocToDocument(session.ydoc).touchpoints[tp.id]!.ownerTeam).toBeUndefined();
  fireEvent.click(screen.getByRole("button", { name: "Undo" }));
  expect(yDocToDocument(session.ydoc).touchpoints[tp.id]!.ownerTeam).toBe("E-commerce");
});

test("a new touchpoint keeps the owner team and description typed when it is added", () => {
  const doc = templateDocument();
  const { session } = renderEditor(doc);
  const step = orderedSteps(doc)[1]!;
  fireEvent.click(screen.getByRole("button", { name: `Add touchpoint at ${step.name}` }));
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Touchpoint name" }), { target: { value: "Courier call" } });
  fireEvent.click(within(dialog()).getByRole("button", { name: /Channel/ }));
  fireEvent.click(screen.getByRole("option", { name: "Phone" }));
  fireEvent.change(within(dialog()).getByRole("textbox", { name: "Owner team" }), { target: { value: "Logistics" } });
  fireEvent.submit(dialog().querySelector("form")!);
  const added = Object.values(yDocToDocument(session.ydoc).touchpoints).find((x) => x.name === "Courier call");
  expect(added).toMatchObject({ channel: "phone", online: false, ownerTeam: "Logistics" });
  expect(added?.description).toBeUndefined();
});
