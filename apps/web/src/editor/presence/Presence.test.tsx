import { expect, test } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { documentToYDoc } from "@kaart/collab";
import { orderedLanes, orderedSteps } from "@kaart/core";
import { createI18n } from "../../i18n/i18n";
import { createMapSession } from "../session/map-session";
import { EditorProvider } from "../session/EditorContext";
import { EditorView } from "../EditorView";
import { templateDocument } from "../testing/render-editor";

/** Another client's awareness state, arriving as an update the way the provider delivers it. */
function peer(into: Awareness, state: Record<string, unknown>): void {
  const other = new Awareness(new Y.Doc());
  other.setLocalState(state);
  applyAwarenessUpdate(into, encodeAwarenessUpdate(other, [other.clientID]), "remote");
}

test("people on the map are listed, their cells marked, and malformed presence ignored", () => {
  const doc = templateDocument();
  const ydoc = new Y.Doc();
  documentToYDoc(doc, ydoc);
  const awareness = new Awareness(ydoc);
  awareness.setLocalState({ user: { name: "Ilze", color: "#1f6feb" } });
  const session = createMapSession(ydoc, "server", awareness);
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <EditorProvider session={session}><EditorView /></EditorProvider>
    </I18nextProvider>,
  );
  const lane = orderedLanes(doc)[0]!;
  const step = orderedSteps(doc)[1]!;
  act(() => {
    peer(awareness, { user: { name: "Jānis", color: "#cf222e" }, cell: `${lane.id}|${step.id}` });
    peer(awareness, { user: { name: 42 }, cell: "<script>" });
  });
  const list = screen.getByRole("list", { name: "2 people here" });
  expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["IIlze (You)", "JJānis"]);
  const cell = document.querySelector<HTMLElement>(`[data-cell="${lane.id}|${step.id}"]`)!;
  expect(within(cell).getByRole("img", { name: "Jānis" })).toBeTruthy();
});
