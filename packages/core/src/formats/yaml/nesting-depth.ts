/**
 * A cheap pass over YAML text that finds where nesting gets deeper than `limit`, before the
 * parser (which recurses) sees it. Counts flow brackets outside quotes and comments, plus block
 * indentation levels and `- ` / `? ` indicators. It over-counts rather than under-counts, so a
 * document that passes is safe to parse; real Kaart documents nest about ten levels deep.
 */
export function findExcessiveNesting(text: string, limit: number): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    let col = 0;
    while (line[col] === " ") col++;
    const rest = line.slice(col);
    if (flow === 0 && rest !== "" && !rest.startsWith("#")) {
      while (indents.length && indents[indents.length - 1]! >= col) indents.pop();
      indents.push(col);
      let c = col;
      while ((line[c] === "-" || line[c] === "?") && line[c + 1] === " ") {
        indents.push(c + 1);
        c += 2;
        while (line[c] === " ") c++;
      }
      if (indents.length > limit) return { line: n + 1, column: col + 1 };
    }
    const hit = scanFlow(line, col, () => ++flow + indents.length > limit, () => void (flow = Math.max(0, flow - 1)));
    if (hit !== undefined) return { line: n + 1, column: hit + 1 };
  }
  return undefined;
}

/** Walks one line's flow brackets; returns the column where `open` reported too deep. */
function scanFlow(line: string, from: number, open: () => boolean, close: () => void): number | undefined {
  let quote: string | undefined;
  for (let i = from; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "#" && (i === 0 || line[i - 1] === " ")) return undefined;
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[" || ch === "{") {
      if (open()) return i;
    } else if (ch === "]" || ch === "}") close();
  }
  return undefined;
}
