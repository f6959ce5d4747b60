/**
 * A small RFC 4180 reader and writer (quoted fields, `""` for a quote, line breaks inside quotes,
 * CRLF/LF/CR). Kept in core rather than a Node-only library so the browser reads the same CSV.
 */
export type CsvParse = { ok: true; rows: string[][] } | { ok: false; line: number; column: number; message: string };

/**
 * Parses CSV text. The delimiter is `,` unless the first line has more `;` or tabs outside quotes
 * (spreadsheets in many locales write `;`). A final line break does not make an empty row.
 *
 * @example
 * parseCsv('a,"b ""c"""\r\n') // { ok: true, rows: [["a", 'b "c"']] }
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === "") {
      const open = { line, column: i - lineStart + 1 };
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, ...open, message: "a quoted field is never closed" };
        const q = text[i]!;
        if (q === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (q === '"') {
          i++;
          break;
        } else {
          if (q === "\n" || (q === "\r" && text[i + 1] !== "\n")) [line, lineStart] = [line + 1, i + 1];
          field += q;
          i++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") {
        return { ok: false, line, column: i - lineStart + 1, message: `unexpected ${JSON.stringify(next)} after a closing quote` };
      }
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\n" || ch === "\r") {
      endRow();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      [line, lineStart] = [line + 1, i];
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || row.length) endRow();
  return { ok: true, rows };
}

function detectDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r|\n|$/)).replace(/"[^"]*"/g, "");
  const count = (d: string) => first.split(d).length - 1;
  const best = [",", ";", "\t"].sort((a, b) => count(b) - count(a))[0]!;
  return count(best) > 0 ? best : ",";
}

/**
 * CSV text of rows: fields quoted when they hold the delimiter, a quote or a line break; CRLF between rows.
 *
 * @example
 * stringifyCsv([["a", "b,c"]]) // 'a,"b,c"\r\n'
 */
export function stringifyCsv(rows: readonly (readonly string[])[], delimiter = ","): string {
  const quote = (f: string) => (f.includes(delimiter) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(quote).join(delimiter)).join("\r\n") + "\r\n";
}
