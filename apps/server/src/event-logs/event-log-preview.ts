import { gunzipSync } from "node:zlib";
import { COLUMN_CANDIDATES, EventLogError, XES_MAPPING, formatFromName, readEventLog } from "@kaart/analytics";
import type { EventLogPreview } from "@kaart/contract";
import { parquetHead, xlsxHead } from "./binary-log-preview";

/** Rows shown in the mapping dialog. */
export const PREVIEW_ROWS = 20;

/** Candidate names (lower case) for the optional roles; the required ones come from the engine. */
const OPTIONAL_CANDIDATES = {
  channel: ["channel", "case:channel", "touchpoint", "source", "medium", "device"],
  resource: ["org:resource", "resource", "agent", "employee", "handler"],
  segment: ["segment", "case:segment", "tier", "plan", "customer_type", "case:customer_type"],
} as const;

/** The format a name implies, among the ones uploads accept. */
export function uploadFormat(name: string): "csv" | "xes" | "jsonl" | "parquet" | "xlsx" {
  const format = formatFromName(name);
  if (format === "xes" || format === "jsonl" || format === "parquet" || format === "xlsx") return format;
  if (format === "csv") return "csv";
  throw new EventLogError("unsupported_format", `cannot read ${name}: expected .csv, .tsv, .xes, .xes.gz, .jsonl, .parquet or .xlsx`);
}

/**
 * Columns, a suggested mapping and the first rows of a log. Delimited and JSON Lines logs need
 * only their beginning (a cut-off last line is dropped); XES is read whole, since its keys are
 * fixed; Parquet and XLSX are sent whole too (neither can be read from its first bytes).
 */
export async function previewEventLog(bytes: Uint8Array, name: string, partial = false): Promise<EventLogPreview> {
  const format = uploadFormat(name);
  if (format === "xes") return previewXes(bytes, name);
  if (format === "parquet" || format === "xlsx") {
    const table = format === "xlsx" ? await xlsxHead(bytes, PREVIEW_ROWS) : await parquetHead(bytes, PREVIEW_ROWS);
    return { format, columns: table.columns, suggested: suggestMapping(table.columns), rows: table.rows };
  }
  const text = decodeHead(bytes);
  const table = format === "jsonl" ? jsonLinesTable(text, name, partial) : delimitedTable(text, /\.tsv$/i.test(name) ? "\t" : guessDelimiter(text), partial);
  return { format, columns: table.columns, suggested: suggestMapping(table.columns), rows: table.rows };
}

function decodeHead(bytes: Uint8Array): string {
  // A gzipped beginning cannot be read on its own; a whole small file can.
  const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, { maxOutputLength: 64 * 1024 * 1024 }) : bytes;
  return new TextDecoder("utf-8").decode(plain).replace(/^\uFEFF/, "");
}

/** The first candidate of each role present in `columns` (case-insensitive); a column serves one role. */
export function suggestMapping(columns: readonly string[]): EventLogPreview["suggested"] {
  const lower = columns.map((c) => c.trim().toLowerCase());
  const taken = new Set<number>();
  const out: EventLogPreview["suggested"] = {};
  const candidates = { ...COLUMN_CANDIDATES, ...OPTIONAL_CANDIDATES };
  for (const role of ["case", "activity", "timestamp", "channel", "resource", "segment"] as const) {
    for (const candidate of candidates[role]) {
      const i = lower.indexOf(candidate);
      if (i >= 0 && !taken.has(i)) {
        taken.add(i);
        out[role] = columns[i]!;
        break;
      }
    }
  }
  return out;
}

function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  let best = ",";
  let bestCount = 0;
  for (const d of [",", ";", "\t", "|"]) {
    const count = header.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Quote-aware split of the first records; a record cut off by the end of the text is dropped. */
function delimitedTable(text: string, delimiter: string, partial: boolean): { columns: string[]; rows: string[][] } {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  for (; i < text.length && records.length <= PREVIEW_ROWS; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      if (record.length > 1 || record[0] !== "") records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  // The text ended inside the last record: keep it only when the whole file was sent.
  if (i >= text.length && !partial && !quoted && (field !== "" || record.length > 0)) records.push([...record, field]);
  const [columns = [], ...rows] = records;
  return { columns, rows: rows.slice(0, PREVIEW_ROWS).map((r) => columns.map((_, k) => r[k] ?? "")) };
}

function jsonLinesTable(text: string, name: string, partial: boolean): { columns: string[]; rows: string[][] } {
  const objects: Record<string, unknown>[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length && objects.length < PREVIEW_ROWS; n++) {
    const line = lines[n]!.trim();
    if (line === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (partial && n === lines.length - 1) break; // cut off by the end of the sent beginning
      throw new EventLogError("malformed_json", "not a JSON value", { file: name, line: n + 1 });
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new EventLogError("malformed_json", "each line must be a JSON object", { file: name, line: n + 1 });
    objects.push(Object.fromEntries(Object.entries(value)));
  }
  const columns = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  return { columns, rows: objects.map((o) => columns.map((c) => (o[c] === undefined || o[c] === null ? "" : typeof o[c] === "string" ? o[c] : JSON.stringify(o[c])))) };
}

async function previewXes(bytes: Uint8Array, name: string): Promise<EventLogPreview> {
  const log = await readEventLog(bytes, { format: "xes", fileName: name });
  const keys = [...log.attributes.keys()];
  const columns = ["case:concept:name", XES_MAPPING.activity, XES_MAPPING.timestamp, ...keys];
  const rows: string[][] = [];
  for (let c = 0; c + 1 < log.caseStart.length && rows.length < PREVIEW_ROWS; c++) {
    for (let e = log.caseStart[c]!; e < log.caseStart[c + 1]! && rows.length < PREVIEW_ROWS; e++) {
      const attributes = keys.map((k) => {
        const column = log.attributes.get(k)!;
        const code = column.codes[e]!;
        return code < 0 ? "" : column.values[code]!;
      });
      rows.push([log.caseIds[c]!, log.activityNames[log.activity[e]!]!, new Date(log.time[e]!).toISOString(), ...attributes]);
    }
  }
  return { format: "xes", columns, suggested: { ...suggestMapping(columns), case: "case:concept:name", activity: XES_MAPPING.activity, timestamp: XES_MAPPING.timestamp }, rows };
}
