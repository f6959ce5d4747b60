import { beforeAll, expect, test } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createClient, type ResponseLike } from "@kaart/contract";
import { templateDocument } from "../editor/testing/render-editor";
import { createI18n } from "../i18n/i18n";
import { SharedMapScreen } from "./SharedMapScreen";

const TOKEN = "tok_abcdefghijklmnopqrstuvwxyz0123456789";

// jsdom makes no blob URLs; the picture's blobs are kept so the test can read the SVG drawn.
const blobs: Blob[] = [];
beforeAll(() => {
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) blobs.push(blob);
    return `blob:kaart.test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
});

/** `POST /api/shared/:token` answered in memory the way the server does, behind the real typed client. */
function fakeSharedServer(password: string) {
  const document = templateDocument();
  const bodies: unknown[] = [];
  const answer = (status: number, body: unknown): ResponseLike => ({ ok: status < 400, status, json: async () => body, arrayBuffer: async () => new ArrayBuffer(0) });
  const client = createClient({
    baseUrl: "http://kaart.test",
    fetch: async (url, init) => {
      const token = new URL(url).pathname.replace("/api/shared/", "");
      const body = JSON.parse(init.body ?? "{}") as { password?: string };
      bodies.push(body);
      if (init.method !== "POST" || token === "revoked_token_0123456789abcdef") return answer(404, { error: { code: "not_found", message: "shared map not found" } });
      if (body.password !== password) return answer(401, { error: { code: "invalid_credentials", message: "this link needs its password" } });
      return answer(200, { title: document.map.title, document });
    },
  });
  return { client, document, bodies };
}

function renderShared(token: string, client: ReturnType<typeof createClient>) {
  return render(
    <I18nextProvider i18n={createI18n("en")}>
      <SharedMapScreen route={{ screen: "shared", token }} client={client} />
    </I18nextProvider>,
  );
}

test("a password-protected link asks for the password, shows the server's refusal, then the map read-only", async () => {
  const server = fakeSharedServer("correct horse");
  renderShared(TOKEN, server.client);
  const field = await screen.findByLabelText(/^Password/);
  expect(screen.getByText("This map is protected by a password.")).toBeTruthy();
  expect(screen.queryByRole("alert")).toBeNull();

  fireEvent.change(field, { target: { value: "wrong guess" } });
  fireEvent.click(screen.getByRole("button", { name: "Open map" }));
  await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("this link needs its password"));
  expect(screen.queryByRole("img")).toBeNull();

  fireEvent.change(field, { target: { value: "correct horse" } });
  fireEvent.click(screen.getByRole("button", { name: "Open map" }));
  const title = server.document.map.title;
  await screen.findByRole("heading", { level: 1, name: title });
  const picture = await screen.findByRole("img", { name: server.document.map.accessibility.title ?? title });
  expect(picture.getAttribute("src")).toMatch(/^blob:/);
  const svg = await blobs.at(-1)!.text();
  expect(svg.startsWith("<svg") || svg.startsWith("<?xml")).toBe(true);
  expect(screen.queryByLabelText(/^Password/)).toBeNull();
  expect(server.bodies).toEqual([{}, { password: "wrong guess" }, { password: "correct horse" }]);
});

test("a revoked or expired link says so instead of asking for a password", async () => {
  const server = fakeSharedServer("correct horse");
  renderShared("revoked_token_0123456789abcdef", server.client);
  await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("expired or was revoked"));
  expect(screen.queryByLabelText(/^Password/)).toBeNull();
});
