import type { ReactNode } from "react";
import { expect, test } from "vitest";
import { act, renderHook } from "@testing-library/react";
import * as Y from "yjs";
import { documentToYDoc } from "@kaart/collab";
import { moveStage, orderedStages } from "@kaart/core";
import { templateDocument } from "../testing/render-editor";
import { createMapSession } from "../session/map-session";
import { EditorProvider } from "../session/EditorContext";
import { useMoveRunner } from "./useMoveRunner";

const announced = () => document.querySelector("[aria-live=polite][data-reorder-announcements]")?.textContent ?? "";

test("a move that leaves the record where it was is not announced; a real one is; a refused one returns false", () => {
  const doc = templateDocument();
  const ydoc = new Y.Doc();
  documentToYDoc(doc, ydoc);
  const session = createMapSession(ydoc, "local");
  const wrapper = ({ children }: { children: ReactNode }) => <EditorProvider session={session}>{children}</EditorProvider>;
  const { result } = renderHook(() => useMoveRunner(), { wrapper });
  const [first, second] = orderedStages(doc);
  const message = () => "moved";
  act(() => void expect(result.current(moveStage, { stageId: first!.id, position: { before: second!.id } }, { id: first!.id, message })).toBe(true));
  expect(announced()).toBe("");
  act(() => void expect(result.current(moveStage, { stageId: first!.id, position: { after: second!.id } }, { id: first!.id, message })).toBe(true));
  expect(announced()).toBe("moved");
  act(() => void expect(result.current(moveStage, { stageId: first!.id, position: { after: "stage:missing" } }, { id: first!.id, message })).toBe(false));
});
