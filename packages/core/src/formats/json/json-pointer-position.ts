import { toPointer } from "../../document/document-issue";

/**
 * Line and column (1-based) of the values at some JSON Pointers in valid JSON text, so a
 * validation issue can be shown where it is. A pointer to something absent (a missing field)
 * gets the position of its nearest existing ancestor. One pass over the text, no recursion.
 */
export function pointerPositions(text: string, pointers: readonly string[]): Map<string, { line: number; column: number }> {
  const wanted = new Set<string>();
  for (const p of pointers) for (const prefix of ancestors(p)) wanted.add(prefix);
  // Only paths as deep as a wanted pointer are spelled out, so deeply nested input stays linear.
  const depth = Math.max(0, ...pointers.map((p) => p.split("/").length - 1));
  const offsets = new Map<string, number>();
  const path: (string | number)[] = [];
  const containers: ("{" | "[")[] = [];
  let i = 0;
  const skip = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const readString = () => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const atValue = () => {
    skip();
    if (path.length > depth) return;
    const pointer = toPointer(path);
    if (wanted.has(pointer) && !offsets.has(pointer)) offsets.set(pointer, i);
  };
  atValue();
  while (i < text.length) {
    skip();
    const ch = text[i];
    if (ch === "{" || ch === "[") {
      i++;
      skip();
      if (text[i] === "}" || text[i] === "]") {
        i++; // an empty container: no members, no path
        continue;
      }
      containers.push(ch);
      if (ch === "[") path.push(0);
      else {
        path.push(readString());
        skip();
        i++; // the colon
      }
      atValue();
      continue;
    }
    if (ch === "}" || ch === "]") {
      containers.pop();
      path.pop();
      i++;
      continue;
    }
    if (ch === ",") {
      i++;
      skip();
      const top = path.pop();
      if (containers[containers.length - 1] === "[") path.push(Number(top) + 1);
      else {
        path.push(readString());
        skip();
        i++;
      }
      atValue();
      continue;
    }
    if (ch === '"') readString();
    else while (i < text.length && !",}] \t\r\n".includes(text[i]!)) i++;
  }
  return toLineColumns(text, pointers, offsets);
}

/** A pointer and each of its ancestors, longest first: `/a/b` → `/a/b`, `/a`, ``. */
function ancestors(pointer: string): string[] {
  const out = [pointer];
  for (let cut = pointer.lastIndexOf("/"); cut >= 0; cut = pointer.lastIndexOf("/", cut - 1)) {
    out.push(pointer.slice(0, cut));
    if (cut === 0) break;
  }
  return out;
}

function toLineColumns(text: string, pointers: readonly string[], offsets: Map<string, number>) {
  const result = new Map<string, { line: number; column: number }>();
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  for (const p of pointers) {
    const offset = ancestors(p).map((a) => offsets.get(a)).find((o) => o !== undefined);
    if (offset === undefined) continue;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    result.set(p, { line: lo + 1, column: offset - lineStarts[lo]! + 1 });
  }
  return result;
}
