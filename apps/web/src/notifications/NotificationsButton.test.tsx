import { expect, test } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createClient, type Notification, type ResponseLike } from "@kaart/contract";
import { createI18n } from "../i18n/i18n";
import type { UiLanguage } from "../i18n/languages";
import { NotificationsButton } from "./NotificationsButton";

const MAP = "map:checkout";
const comment = { mapId: MAP, title: "Checkout", threadId: "cth_1", commentId: "cms_1", anchorId: "anchor:cth_1", targetKind: "map", targetId: "", authorId: "u_ann", authorName: "Ann" };
const ITEMS: Notification[] = [
  { id: 4, kind: "mention", workspaceId: null, subject: { type: "comment_message", id: "cms_1" }, detail: { ...comment, excerpt: "@you look at the fee" }, count: 1, at: "2026-01-02T10:00:00.000Z", read: false },
  { id: 3, kind: "reply", workspaceId: null, subject: { type: "comment_thread", id: "cth_1" }, detail: { ...comment, excerpt: "agreed" }, count: 2, at: "2026-01-02T09:00:00.000Z", read: false },
  { id: 2, kind: "share_link.opened", workspaceId: null, subject: { type: "share_link", id: "shl_1" }, detail: { mapId: MAP, title: "Checkout" }, count: 3, at: "2026-01-01T09:00:00.000Z", read: true },
  { id: 1, kind: "member.joined", workspaceId: null, subject: { type: "invitation", id: "inv_1" }, detail: { userId: "u_bo", name: "Bo", email: "bo@example.com", role: "editor", workspace: "Team" }, count: 1, at: "2026-01-01T08:00:00.000Z", read: true },
];

/** The two notification endpoints in memory behind the real typed client. */
function fakeNotifications() {
  let items = ITEMS.map((n) => ({ ...n }));
  const calls: string[] = [];
  const answer = (body: unknown): ResponseLike => ({ ok: true, status: 200, json: async () => body, arrayBuffer: async () => new ArrayBuffer(0) });
  const client = createClient({
    baseUrl: "http://kaart.test",
    fetch: async (url, init) => {
      calls.push(`${init.method} ${new URL(url).pathname}`);
      if (init.method === "POST") {
        items = items.map((n) => ({ ...n, read: true }));
        return answer({ unread: 0 });
      }
      return answer({ unread: items.filter((n) => !n.read).length, items });
    },
  });
  return { client, calls };
}

function renderButton(lang: UiLanguage = "en") {
  const server = fakeNotifications();
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <NotificationsButton client={server.client} />
    </I18nextProvider>,
  );
  return server;
}

test("shows the unread count, a line for every kind leading to its map, and clears the count", async () => {
  const server = renderButton();
  fireEvent.click(await screen.findByRole("button", { name: "Notifications (2 unread)" }));
  const dialog = await screen.findByRole("dialog");
  const mention = await within(dialog).findByRole("link", { name: "Ann mentioned you in “Checkout”: @you look at the fee" });
  expect(mention.getAttribute("href")).toBe("#/maps/map%3Acheckout");
  expect(within(dialog).getByRole("link", { name: "Ann replied in “Checkout”: agreed" })).toBeTruthy();
  expect(within(dialog).getByRole("link", { name: "Your read-only link to “Checkout” was opened" })).toBeTruthy();
  expect(within(dialog).getByText("Bo joined Team with your invitation (Can edit)")).toBeTruthy();
  expect(dialog.textContent).toContain("×3");

  fireEvent.click(within(dialog).getByRole("button", { name: "Mark all as read" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "Notifications", hidden: true })).toBeTruthy());
  expect(server.calls).toContain("POST /api/notifications/read");
  expect((within(dialog).getByRole("button", { name: "Mark all as read" }) as HTMLButtonElement).disabled).toBe(true);
});

test("speaks the page's language", async () => {
  renderButton("lv");
  fireEvent.click(await screen.findByRole("button", { name: "Paziņojumi (nelasīti: 2)" }));
  const dialog = await screen.findByRole("dialog");
  expect(await within(dialog).findByRole("link", { name: "Ann jūs pieminēja kartē “Checkout”: @you look at the fee" })).toBeTruthy();
});
