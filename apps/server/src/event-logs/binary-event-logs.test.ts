import { before, after, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { CSRF_HEADER, SESSION_COOKIE } from "@kaart/contract";
import { signedIn, startTestServer, type Caller, type TestServer } from "../testing/test-server";
import { forEachDialect } from "../testing/test-databases";

/** The shop log of event-log-routes.test.ts: 11 events of 4 customers, start activities visit ×3, cart ×1. */
const SHOP: [string, string, string, string][] = [
  ["a", "visit", "2024-01-01T10:00:00Z", "web"],
  ["a", "cart", "2024-01-01T10:01:00Z", "web"],
  ["a", "pay", "2024-01-01T10:03:00Z", "web"],
  ["b", "visit", "2024-01-01T11:00:00Z", "app"],
  ["b", "pay", "2024-01-01T11:02:00Z", "app"],
  ["c", "visit", "2024-01-01T12:00:00Z", "web"],
  ["c", "cart", "2024-01-01T12:05:00Z", "web"],
  ["c", "visit", "2024-01-01T12:06:00Z", "web"],
  ["c", "cart", "2024-01-01T12:07:00Z", "web"],
  ["d", "cart", "2024-01-01T13:00:00Z", "web"],
  ["d", "visit", "2024-01-01T13:01:00Z", "web"],
];
const HEADER = ["customer", "step", "at", "channel"];

/** The shop log as a workbook a spreadsheet program would write: timestamps as date cells. */
async function shopXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Events");
  sheet.addRow(HEADER);
  for (const [c, a, t, ch] of SHOP) sheet.addRow([c, a, new Date(t), ch]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The shop log as Parquet with a TIMESTAMP column, written by DuckDB. */
async function shopParquet(): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "kaart-test-"));
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  try {
    const values = SHOP.map(([c, a, t, ch]) => `('${c}', '${a}', TIMESTAMP '${t.replace("T", " ").replace("Z", "")}', '${ch}')`).join(", ");
    const path = join(dir, "shop.parquet");
    await con.run(`copy (select * from (values ${values}) as t(customer, step, "at", channel)) to '${path}' (format parquet)`);
    return new Uint8Array(await readFile(path));
  } finally {
    con.closeSync();
    instance.closeSync();
    await rm(dir, { recursive: true, force: true });
  }
}

await forEachDialect("event logs in Parquet and XLSX", (dialect) => {
  let server: TestServer;
  let owner: Caller;
  let ws: string;
  const files: Record<"xlsx" | "parquet", Uint8Array> = { xlsx: new Uint8Array(), parquet: new Uint8Array() };

  /** Sends bytes as the raw body, with the caller's cookie and CSRF token. */
  const post = async (path: string, bytes: Uint8Array) => {
    const headers = { "content-type": "application/octet-stream", cookie: `${SESSION_COOKIE}=${owner.cookie}`, [CSRF_HEADER]: owner.csrf ?? "" };
    const res = await fetch(`${server.url}/api/workspaces/${ws}/event-logs${path}`, { method: "POST", headers, body: Buffer.from(bytes) });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert response bodies field by field
    return { status: res.status, body: (await res.json()) as any };
  };

  before(async () => {
    server = await startTestServer(dialect);
    owner = await signedIn(server, "owner@example.com");
    ws = (await owner.send("POST", "/api/workspaces", { name: "Team" })).body.id;
    files.xlsx = await shopXlsx();
    files.parquet = await shopParquet();
  });
  after(() => server.close());

  for (const format of ["xlsx", "parquet"] as const) {
    it(`previews a ${format} log's columns and first rows, and uploads it with a mapping`, async () => {
      const preview = await post(`/preview?name=shop.${format}`, files[format]);
      assert.equal(preview.status, 200, JSON.stringify(preview.body));
      assert.equal(preview.body.format, format);
      assert.deepEqual(preview.body.columns, HEADER);
      assert.equal(preview.body.rows.length, SHOP.length);
      assert.deepEqual(preview.body.rows[0].slice(0, 2), ["a", "visit"]);
      assert.equal(new Date(preview.body.rows[0][2] + (format === "parquet" ? "Z" : "")).toISOString(), "2024-01-01T10:00:00.000Z");
      assert.deepEqual(preview.body.suggested, { activity: "step", channel: "channel" }, "the names it knows");

      const uploaded = await post(`?name=shop.${format}&case=customer&activity=step&timestamp=at&channel=channel`, files[format]);
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      assert.equal(uploaded.body.format, format);
      assert.deepEqual([uploaded.body.events, uploaded.body.cases], [11, 4]);
      const stats = await owner.send("POST", `/api/workspaces/${ws}/event-logs/${uploaded.body.id}/query`, { kind: "stats", version: 1 });
      assert.deepEqual([stats.body.events, stats.body.cases, stats.body.activities, stats.body.variants], [11, 4, 3, 4]);
      assert.deepEqual(stats.body.start, { visit: 3, cart: 1 });
    });
  }

  it("refuses a corrupt workbook or Parquet file as invalid_event_log, naming the engine's code", async () => {
    for (const [name, code] of [["broken.xlsx", "malformed_xlsx"], ["broken.parquet", "malformed_parquet"]] as const) {
      const junk = new TextEncoder().encode("PK this is no archive at all");
      const preview = await post(`/preview?name=${name}`, junk);
      assert.equal(preview.status, 422, name);
      assert.equal(preview.body.error.code, "invalid_event_log");
      assert.match(preview.body.error.message, new RegExp(code));
      const upload = await post(`?name=${name}&case=customer&activity=step&timestamp=at`, junk);
      assert.equal(upload.body.error.code, "invalid_event_log");
      assert.match(upload.body.error.message, new RegExp(code));
    }
  });
});
