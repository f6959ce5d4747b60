import type { EventLogBuilder } from "../log/event-log-builder";
import { resolveColumns, type ColumnMapping } from "./column-mapping";
import { EventLogError } from "./event-log-error";
import type { TimeParser } from "./timestamp";

/**
 * Streams JSON Lines (one object per line, blank lines ignored) into `builder`. Fields are
 * mapped like CSV columns, per line; a numeric timestamp is taken as epoch milliseconds. Other
 * scalar fields become attributes.
 */
export async function readJsonLines(
  chunks: AsyncIterable<string>,
  mapping: Partial<ColumnMapping>,
  builder: EventLogBuilder,
  parseTime: TimeParser,
): Promise<void> {
  let pending = "";
  let line = 0;
  try {
    for await (const chunk of chunks) {
      const text = pending + chunk;
      let pos = 0;
      for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", pos)) {
        addLine(builder, text.slice(pos, newline), ++line, mapping, parseTime);
        pos = newline + 1;
      }
      pending = text.slice(pos);
    }
  } catch (error) {
    // Errors of the source (a truncated gzip, a bomb) carry the line reached.
    throw error instanceof EventLogError ? error.at({ line: line + 1 }) : error;
  }
  if (pending.trim() !== "") addLine(builder, pending, ++line, mapping, parseTime);
}

function addLine(builder: EventLogBuilder, text: string, line: number, mapping: Partial<ColumnMapping>, parseTime: TimeParser): void {
  const trimmed = line === 1 ? text.replace(/^\uFEFF/, "").trim() : text.trim();
  if (trimmed === "") return;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    throw new EventLogError("malformed_json", error instanceof Error ? error.message : "invalid JSON", { line, column: 1 });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new EventLogError("malformed_json", "each line must hold one JSON object", { line, column: 1 });
  }
  const keys = Object.keys(value);
  const resolved = resolveColumns(keys, mapping);
  if (!resolved.ok) throw new EventLogError("missing_column", `no ${resolved.role} field (looked for: ${resolved.wanted})`, { line, column: 1 });
  const fields = Object.entries(value);
  const at = (i: number): unknown => fields[i]?.[1];
  const time = timestampOf(at(resolved.index.timestamp), parseTime);
  if (Number.isNaN(time)) throw new EventLogError("bad_timestamp", `cannot parse timestamp ${JSON.stringify(at(resolved.index.timestamp))}`, { line, column: 1 });
  const caseId = scalar(at(resolved.index.case));
  if (caseId === undefined || caseId === "") throw new EventLogError("missing_case", "empty case id", { line, column: 1 });
  const attributes: [string, string][] = [];
  fields.forEach(([key, v], i) => {
    const text = scalar(v);
    if (i !== resolved.index.case && i !== resolved.index.activity && i !== resolved.index.timestamp && text !== undefined) attributes.push([key, text]);
  });
  builder.add(caseId, scalar(at(resolved.index.activity)) ?? "", time, attributes);
}

function timestampOf(value: unknown, parseTime: TimeParser): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return typeof value === "string" ? parseTime(value) : Number.NaN;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}
