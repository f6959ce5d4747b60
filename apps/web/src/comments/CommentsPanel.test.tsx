import { expect, test } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderEditor, templateDocument } from "../editor/testing/render-editor";
import { CommentsPanel } from "./CommentsPanel";
import { fakeCommentsServer } from "./fake-comments-server";
import { receiveStateless } from "./comments-changed";

const MAP = "map:test-comments";
const me = { id: "usr_me", name: "Ilze" };

function panel() {
  return screen.getByRole("region", { name: "Comments" });
}

test("a comment on the focused cell is listed by its anchor, replied to, edited, resolved and reopened", async () => {
  const doc = templateDocument();
  const cell = Object.values(doc.cells).find((c) => c.stepId && doc.lanes[c.laneId]?.type === "actions")!;
  const lane = doc.lanes[cell.laneId]!;
  const step = doc.steps[cell.stepId!]!;
  const server = fakeCommentsServer(MAP, me);
  renderEditor(doc, "en", <CommentsPanel mapId={MAP} userId={me.id} client={server.client} />);
  const gridCell = document.querySelector<HTMLElement>(`[data-cell="${lane.id}|${step.id}"]`)!;
  act(() => gridCell.focus());

  fireEvent.click(screen.getByRole("button", { name: "Comments" }));
  await waitFor(() => expect(within(panel()).getByText("No comments here yet.")).toBeTruthy());
  const anchor = `${lane.name || "Actions"} × Step ${step.name}`;
  expect(within(panel()).getByRole("radio", { name: `Step ${step.name}` })).toBeTruthy();
  expect(within(panel()).getByRole("radio", { name: `Stage ${doc.stages[step.stageId]!.name}` })).toBeTruthy();
  fireEvent.click(within(panel()).getByRole("radio", { name: anchor }));
  fireEvent.change(within(panel()).getByRole("textbox", { name: "Comment" }), { target: { value: "Is this step needed, @Jānis?" } });
  fireEvent.click(within(panel()).getByRole("button", { name: "Add comment" }));

  const thread = await within(panel()).findByRole("article", { name: anchor });
  expect(server.threads[0]!.target).toEqual({ kind: "cell", id: cell.id });
  expect(within(thread).getByText("Is this step needed, @Jānis?")).toBeTruthy();

  fireEvent.change(within(thread).getByRole("textbox", { name: `Reply on ${anchor}` }), { target: { value: "Yes, for returns." } });
  fireEvent.click(within(thread).getByRole("button", { name: "Reply" }));
  await within(panel()).findByText("Yes, for returns.");
  expect(server.threads[0]!.messages.map((m) => m.body)).toEqual(["Is this step needed, @Jānis?", "Yes, for returns."]);

  fireEvent.click(within(panel()).getAllByRole("button", { name: "Edit" })[1]!);
  fireEvent.change(within(panel()).getByRole("textbox", { name: "Edit your message" }), { target: { value: "Yes, for refunds." } });
  fireEvent.click(within(panel()).getByRole("button", { name: "Save" }));
  await within(panel()).findByText("Yes, for refunds.");
  expect(within(panel()).getByText(/edited/)).toBeTruthy();

  fireEvent.click(within(panel()).getByRole("button", { name: `Go to ${anchor}` }));
  expect(document.activeElement).toBe(gridCell);

  fireEvent.click(within(panel()).getByRole("button", { name: "Resolve" }));
  await within(panel()).findByText("No comments here yet.");
  fireEvent.click(within(panel()).getByRole("radio", { name: "Resolved" }));
  const resolved = await within(panel()).findByRole("article", { name: anchor });
  fireEvent.click(within(resolved).getByRole("button", { name: "Reopen" }));
  await within(panel()).findByText("No comments here yet.");
  expect(server.threads[0]!.resolvedAt).toBeNull();
});

test("someone else's thread appears when the server announces it, without edit or delete for its messages", async () => {
  const server = fakeCommentsServer(MAP, me);
  renderEditor(templateDocument(), "en", <CommentsPanel mapId={MAP} userId={me.id} client={server.client} />);
  fireEvent.click(screen.getByRole("button", { name: "Comments" }));
  await within(panel()).findByText("No comments here yet.");
  // Nothing focused in the grid yet: only the map can be commented on.
  expect(within(within(panel()).getByRole("radiogroup", { name: "Comment on" })).getAllByRole("radio").map((r) => r.getAttribute("value"))).toEqual(["map"]);

  const other = server.addThread({ kind: "map" }, "Looks good to me.", { id: "usr_other", name: "Jānis" });
  act(() => receiveStateless(MAP, JSON.stringify({ type: "comments", threadId: other.id })));
  const thread = await within(panel()).findByRole("article", { name: "The whole map" });
  expect(within(thread).getByText("Looks good to me.")).toBeTruthy();
  expect(within(thread).queryByRole("button", { name: "Edit" })).toBeNull();
  expect(within(thread).queryByRole("button", { name: "Delete" })).toBeNull();

  // Messages that are not comment announcements change nothing.
  act(() => receiveStateless(MAP, "not json"));
  act(() => receiveStateless(MAP, JSON.stringify({ type: "other" })));
  expect(within(panel()).getAllByRole("article")).toHaveLength(1);
});
