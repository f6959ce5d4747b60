import { afterEach, beforeEach, expect, test } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { SessionProvider, useSession } from "../api/session";
import { createI18n } from "../i18n/i18n";
import { InviteScreen } from "./InviteScreen";

const TOKEN = "inv_tok_abcdefghijklmnopqrstuvwxyz0123";
const WS = { id: "ws_AAAAAAAAAAAAAAAAAAAAAA", name: "Service design", role: "editor", createdAt: "2026-01-01T00:00:00.000Z" };
const OWN = { id: "ws_BBBBBBBBBBBBBBBBBBBBBB", name: "Mine", role: "owner", createdAt: "2025-01-01T00:00:00.000Z" };
const USER = { id: "u_AAAAAAAAAAAAAAAAAAAAAA", email: "nina@example.com", name: "Nina", isAdmin: false };

/**
 * The server's invitation endpoints answered in memory, behind the page's real typed client (it
 * calls `window.fetch`): a link works once, joining adds the workspace to the user's list.
 */
function fakeServer(opts: { signedIn: boolean; link: "live" | "used" | "expired" }) {
  const state = { signedIn: opts.signedIn, link: opts.link, workspaces: opts.signedIn ? [OWN] : [], calls: [] as string[] };
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const refusal = () => (state.link === "used" ? json(410, { error: { code: "invitation_used", message: "used" } }) : json(410, { error: { code: "invitation_expired", message: "expired" } }));
  const join = () => {
    state.link = "used";
    state.workspaces.push(WS);
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input)).pathname;
    const call = `${init?.method ?? "GET"} ${path}`;
    state.calls.push(call);
    if (call === "GET /api/auth/session") return state.signedIn ? json(200, { user: USER, csrfToken: "c" }) : json(401, { error: { code: "unauthenticated", message: "no" } });
    if (call === "GET /api/workspaces") return state.signedIn ? json(200, state.workspaces) : json(401, { error: { code: "unauthenticated", message: "no" } });
    if (call === `GET /api/workspaces/${WS.id}`) return json(200, WS);
    if (call === `GET /api/invitations/${TOKEN}`) return state.link === "live" ? json(200, { workspaceId: WS.id, workspaceName: WS.name, role: "editor", invitedBy: "Olga", expiresAt: "2026-02-01T00:00:00.000Z" }) : refusal();
    if (call === `POST /api/invitations/${TOKEN}/accept`) return state.link === "live" ? (join(), json(200, WS)) : refusal();
    if (call === "POST /api/auth/signup") {
      const body = JSON.parse(String(init?.body)) as { invitationToken?: string };
      if (body.invitationToken !== TOKEN) return json(403, { error: { code: "signup_closed", message: "closed" } });
      state.signedIn = true;
      join();
      return json(201, { user: USER, csrfToken: "c" });
    }
    return json(404, { error: { code: "not_found", message: call } });
  };
  return state;
}

/** Which workspace's maps the app would show now. */
function ShownWorkspace() {
  const { workspace } = useSession();
  return <output aria-label="shown workspace">{workspace?.name ?? ""}</output>;
}

function renderInvite(lang: "en" | "lv" = "en") {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <SessionProvider>
        <InviteScreen route={{ screen: "invite", token: TOKEN }} />
        <ShownWorkspace />
      </SessionProvider>
    </I18nextProvider>,
  );
}

const realFetch = window.fetch;
beforeEach(() => window.history.replaceState(null, "", `/invite/${TOKEN}`));
afterEach(() => {
  cleanup();
  window.fetch = realFetch;
});

test("signed in: shows who invites to which workspace and access; Accept joins and shows that workspace's maps", async () => {
  const server = fakeServer({ signedIn: true, link: "live" });
  renderInvite();
  expect(await screen.findByRole("heading", { level: 1, name: "Join Service design" })).toBeTruthy();
  expect(screen.getByText("Olga invites you to the workspace “Service design”.")).toBeTruthy();
  expect(screen.getByText("Your access: Can edit")).toBeTruthy();
  fireEvent.click(await screen.findByRole("button", { name: "Accept invitation" }));
  await waitFor(() => expect(window.location.hash).toBe("#/maps"));
  expect(window.location.pathname).toBe("/");
  expect(screen.getByRole("status", { name: "shown workspace" }).textContent).toBe("Service design");
  expect(server.calls).toContain(`POST /api/invitations/${TOKEN}/accept`);
});

test("signed out: signing up sends the link's token, joins and shows the invited workspace", async () => {
  const server = fakeServer({ signedIn: false, link: "live" });
  renderInvite();
  await screen.findByRole("heading", { level: 1, name: "Join Service design" });
  expect(screen.queryByRole("button", { name: "Accept invitation" })).toBeNull();
  fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Nina" } });
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: "nina@example.com" } });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: "correct horse battery" } });
  fireEvent.click(screen.getByRole("button", { name: "Sign up and join" }));
  await waitFor(() => expect(window.location.hash).toBe("#/maps"));
  expect(screen.getByRole("status", { name: "shown workspace" }).textContent).toBe("Service design");
  expect(server.calls).toContain("POST /api/auth/signup");
  expect(server.calls).not.toContain(`POST /api/invitations/${TOKEN}/accept`);
});

test("a used link says so and what to do; an expired one says it expired (in Latvian too)", async () => {
  fakeServer({ signedIn: false, link: "used" });
  renderInvite();
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("This invitation link has already been used.");
  expect(alert.textContent).toContain("If you used it yourself, log in");
  expect(screen.getByRole("link", { name: "Log in" }).getAttribute("href")).toBe("#/login");
  expect(screen.queryByLabelText("Password")).toBeNull();
  cleanup();
  fakeServer({ signedIn: true, link: "expired" });
  renderInvite("lv");
  expect((await screen.findByRole("alert")).textContent).toContain("Šī ielūguma saite ir beigusies.");
  expect(screen.getByRole("link", { name: "Uz jūsu kartēm" })).toBeTruthy();
});

test("a link used by someone else while the page was open: Accept shows the refusal instead of the offer", async () => {
  const server = fakeServer({ signedIn: true, link: "live" });
  renderInvite();
  const accept = await screen.findByRole("button", { name: "Accept invitation" });
  server.link = "used";
  fireEvent.click(accept);
  expect((await screen.findByRole("alert")).textContent).toContain("already been used");
  expect(screen.queryByRole("button", { name: "Accept invitation" })).toBeNull();
  expect(window.location.pathname).toBe(`/invite/${TOKEN}`);
});
