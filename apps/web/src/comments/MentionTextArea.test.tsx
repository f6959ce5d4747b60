import { expect, test } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderEditor, templateDocument } from "../editor/testing/render-editor";
import { CommentsPanel } from "./CommentsPanel";
import { fakeCommentsServer, type FakeWorkspace } from "./fake-comments-server";
import { receiveStateless } from "./comments-changed";
import { insertMention, matchingMembers, mentionHandle, mentionQueryAt } from "./mention-query";

const MAP = "map:test-mentions";
const uid = (name: string) => `u_${name.padStart(22, "0")}`;
const me = { id: uid("me"), name: "Ilze Ozola" };
const members: FakeWorkspace["members"] = [
  { userId: me.id, name: "Ilze Ozola", email: "ilze@example.com", role: "editor" },
  { userId: uid("janis"), name: "Jānis Bērziņš", email: "janis@example.com", role: "commenter" },
  { userId: uid("anna"), name: "Anna", email: "anna@example.com", role: "editor" },
  { userId: uid("anna2"), name: "Anna Lee", email: "lee@example.com", role: "viewer" },
];

const panel = () => screen.getByRole("region", { name: "Comments" });

async function openPanel(role: FakeWorkspace["role"]) {
  const doc = templateDocument();
  const server = fakeCommentsServer(MAP, me, { document: doc, members, role });
  renderEditor(doc, "en", <CommentsPanel mapId={MAP} userId={me.id} client={server.client} />);
  fireEvent.click(screen.getByRole("button", { name: "Comments" }));
  await within(panel()).findByText("No comments here yet.");
  return server;
}

test("typing @ offers the workspace's members; arrows move, Enter inserts the mention the server reads, and the comment is sent with it", async () => {
  const server = await openPanel("editor");
  const box = within(panel()).getByRole<HTMLTextAreaElement>("textbox", { name: "Comment" });
  fireEvent.change(box, { target: { value: "Is this needed, @" } });
  const list = await within(panel()).findByRole("listbox", { name: "Members to mention" });
  expect(within(list).getAllByRole("option").map((o) => o.textContent)).toEqual(members.map((m) => `${m.name} ${m.email}`));
  expect(within(panel()).getByRole("status").textContent).toMatch(/^4 members match/);

  fireEvent.change(box, { target: { value: "Is this needed, @jan " } });
  expect(within(panel()).queryByRole("listbox")).toBeNull();
  fireEvent.change(box, { target: { value: "Is this needed, @jan" } });
  const [janis] = within(within(panel()).getByRole("listbox")).getAllByRole("option");
  expect(janis!.textContent).toBe("Jānis Bērziņš janis@example.com");
  expect(box.getAttribute("aria-activedescendant")).toBe(janis!.id);
  expect(janis!.getAttribute("aria-selected")).toBe("true");
  fireEvent.keyDown(box, { key: "Enter" });
  expect(box.value).toBe("Is this needed, @Jānis Bērziņš ");
  expect(within(panel()).queryByRole("listbox")).toBeNull();
  expect(box.getAttribute("aria-activedescendant")).toBeNull();

  // "Anna" would also be read inside "Anna Lee", so she is mentioned by e-mail; Down moves to her.
  fireEvent.change(box, { target: { value: "Is this needed, @Jānis Bērziņš and @an" } });
  const options = within(within(panel()).getByRole("listbox")).getAllByRole("option");
  expect(options.map((o) => o.textContent)).toEqual(["Anna anna@example.com", "Anna Lee lee@example.com"]);
  fireEvent.keyDown(box, { key: "ArrowDown" });
  fireEvent.keyDown(box, { key: "ArrowDown" });
  expect(box.getAttribute("aria-activedescendant")).toBe(options[0]!.id);
  fireEvent.keyDown(box, { key: "ArrowUp" });
  expect(box.getAttribute("aria-activedescendant")).toBe(options[1]!.id);
  fireEvent.keyDown(box, { key: "ArrowUp" });
  fireEvent.keyDown(box, { key: "Tab" });
  expect(box.value).toBe("Is this needed, @Jānis Bērziņš and @anna@example.com ");

  fireEvent.change(box, { target: { value: `${box.value}@` } });
  expect(within(panel()).getByRole("listbox")).toBeTruthy();
  fireEvent.keyDown(box, { key: "Escape" });
  expect(within(panel()).queryByRole("listbox")).toBeNull();
  fireEvent.change(box, { target: { value: "Is this needed, @Jānis Bērziņš and @anna@example.com?" } });

  fireEvent.click(within(panel()).getByRole("button", { name: "Add comment" }));
  await waitFor(() => expect(server.threads[0]?.messages[0]?.body).toBe("Is this needed, @Jānis Bērziņš and @anna@example.com?"));
});

test("a reply box offers mentions too", async () => {
  const server = await openPanel("commenter");
  const thread = server.addThread({ kind: "map" }, "Who owns checkout?");
  act(() => receiveStateless(MAP, JSON.stringify({ type: "comments", threadId: thread.id })));
  const article = await within(panel()).findByRole("article", { name: "The whole map" });
  const reply = within(article).getByRole<HTMLTextAreaElement>("textbox", { name: "Reply on The whole map" });
  fireEvent.change(reply, { target: { value: "@ilz" } });
  fireEvent.mouseDown(within(article).getByRole("option", { name: /Ilze Ozola/ }));
  expect(reply.value).toBe("@Ilze Ozola ");
});

test("a viewer reads the threads but has no composer, reply, resolve, edit or delete", async () => {
  const server = await openPanel("viewer");
  await within(panel()).findByText("You can read the comments on this map. Viewers cannot write comments.");
  expect(within(panel()).queryByRole("textbox", { name: "Comment" })).toBeNull();
  expect(within(panel()).queryByRole("button", { name: "Add comment" })).toBeNull();
  const thread = server.addThread({ kind: "map" }, "Written while I could comment.");
  act(() => receiveStateless(MAP, JSON.stringify({ type: "comments", threadId: thread.id })));
  const article = await within(panel()).findByRole("article", { name: "The whole map" });
  expect(within(article).getByText("Written while I could comment.")).toBeTruthy();
  for (const name of [/^Reply/, "Resolve", "Edit", "Delete"]) expect(within(article).queryByRole("button", { name })).toBeNull();
  expect(within(article).queryByRole("textbox")).toBeNull();
});

test("a mention starts only at an @ that begins a word, and its handle is one the server reads back", () => {
  expect(mentionQueryAt("mail a@b", 8)).toBeUndefined();
  expect(mentionQueryAt("hi @Jā", 6)).toEqual({ start: 3, query: "Jā" });
  expect(mentionQueryAt("(@an", 4)).toEqual({ start: 1, query: "an" });
  expect(mentionQueryAt("@an\nx", 5)).toBeUndefined();
  expect(matchingMembers(members, "berz").map((m) => m.name)).toEqual(["Jānis Bērziņš"]);
  expect(matchingMembers(members, "lee@").map((m) => m.name)).toEqual(["Anna Lee"]);
  expect(mentionHandle(members[1]!, members)).toBe("@Jānis Bērziņš");
  expect(mentionHandle(members[2]!, members)).toBe("@anna@example.com");
  expect(insertMention("x @ja y", { start: 2, query: "ja" }, "@Jānis")).toEqual({ text: "x @Jānis y", caret: 9 });
});
