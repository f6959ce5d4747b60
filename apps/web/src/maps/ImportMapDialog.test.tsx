import { expect, test } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createClient, XLSX_MEDIA_TYPE, type MapSummary, type ResponseLike } from "@kaart/contract";
import { createI18n } from "../i18n/i18n";
import type { UiLanguage } from "../i18n/languages";
import { ImportMapDialog } from "./ImportMapDialog";
import type { ImportTransport } from "./import-map-file";

const WORKSPACE = "ws_0000000000000000000001";
const summary = (title: string): MapSummary => ({ id: "map:imported", workspaceId: WORKSPACE, title, tags: [], stageNames: ["Buy"], createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", archived: false, deleted: false });

/** Both import endpoints answered in memory; what was sent is kept for the assertions. */
function fakeImportServer(xlsxAnswer: { status: number; body: unknown } = { status: 201, body: summary("From Excel") }) {
  const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const answer = (status: number, body: unknown): ResponseLike => ({ ok: status < 400, status, json: async () => body, arrayBuffer: async () => new ArrayBuffer(0) });
  const transport: ImportTransport = {
    client: createClient({
      baseUrl: "http://kaart.test",
      fetch: async (url, init) => {
        sent.push({ url, headers: init.headers, body: JSON.parse(init.body ?? "null") });
        return answer(201, summary("From text"));
      },
    }),
    postBytes: async (url, body, headers) => {
      sent.push({ url, headers, body });
      return answer(xlsxAnswer.status, xlsxAnswer.body);
    },
  };
  return { transport, sent };
}

function renderDialog(transport: ImportTransport, lang: UiLanguage = "en") {
  const imported: MapSummary[] = [];
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <ImportMapDialog workspaceId={WORKSPACE} transport={transport} onImported={(m) => imported.push(m)} />
    </I18nextProvider>,
  );
  return imported;
}

async function pick(file: File, title?: string) {
  fireEvent.click(screen.getByRole("button", { name: "Import a file" }));
  const input = await screen.findByLabelText("File");
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
  if (title !== undefined) fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: title } });
  fireEvent.click(screen.getByRole("button", { name: "Import" }));
}

test("a workbook is sent as its own bytes to the XLSX import, with the title in the query", async () => {
  const server = fakeImportServer();
  const imported = renderDialog(server.transport);
  const workbook = new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], "Checkout.xlsx");
  await pick(workbook, "From Excel");
  await waitFor(() => expect(imported.map((m) => m.title)).toEqual(["From Excel"]));
  expect(server.sent).toHaveLength(1);
  expect(server.sent[0]!.url).toBe(`/api/workspaces/${WORKSPACE}/maps/import/xlsx?title=From+Excel`);
  expect(server.sent[0]!.headers["content-type"]).toBe(XLSX_MEDIA_TYPE);
  expect(server.sent[0]!.body).toBe(workbook);
});

test("a text format goes to the JSON import with its format and content", async () => {
  const server = fakeImportServer();
  const imported = renderDialog(server.transport);
  await pick(new File(["stage,Buy\n"], "grid.CSV"));
  await waitFor(() => expect(imported).toHaveLength(1));
  expect(server.sent[0]!.url).toBe(`http://kaart.test/api/workspaces/${WORKSPACE}/maps/import`);
  expect(server.sent[0]!.body).toEqual({ format: "csv", content: "stage,Buy\n" });
});

test("the server's refusal of a corrupt workbook and an unknown file type are told in the page's language", async () => {
  const server = fakeImportServer({ status: 422, body: { error: { code: "invalid_spreadsheet", message: "not a readable XLSX workbook" } } });
  const imported = renderDialog(server.transport, "lv");
  fireEvent.click(screen.getByRole("button", { name: "Importēt failu" }));
  const input = await screen.findByLabelText("Fails");
  Object.defineProperty(input, "files", { value: [new File(["junk"], "broken.xlsx")], configurable: true });
  fireEvent.change(input);
  fireEvent.click(screen.getByRole("button", { name: "Importēt" }));
  await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("Fails broken.xlsx nav nolasāma XLSX darbgrāmata."));

  Object.defineProperty(input, "files", { value: [new File(["x"], "notes.docx")], configurable: true });
  fireEvent.change(input);
  fireEvent.click(screen.getByRole("button", { name: "Importēt" }));
  await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("Failu notes.docx nevar importēt"));
  expect(server.sent).toHaveLength(1);
  expect(imported).toEqual([]);
});
