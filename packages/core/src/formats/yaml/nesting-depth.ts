/**
 * A cheap pass over YAML text that finds where nesting gets deeper than `limit`, before the
 * parser (which recurses) sees it. It follows block indentation, `- ` / `? ` indicators and flow
 * brackets, and skips what cannot nest: comments, quoted scalars, block scalars (`|`, `>`) and
 * brackets inside plain text (`a [b` is text; only a bracket where a value starts, possibly after
 * a tag or anchor, opens a flow collection). Real Kaart documents nest about ten levels deep.
 * `valueDepth` checks the parsed value as well, for anything this pass does not see.
 */
export function findExcessiveNesting(text: string, limit: number): { line: number; column: number } | undefined {
  const indents: number[] = [];
  const state = { flow: 0 };
  let blockScalarIndent: number | undefined;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, "");
    let col = 0;
    while (line[col] === " ") col++;
    const rest = line.slice(col);
    if (blockScalarIndent !== undefined) {
      if (rest === "" || col > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    if (state.flow === 0) {
      if (rest === "" || rest.startsWith("#")) continue;
      while (indents.length && indents[indents.length - 1]! >= col) indents.pop();
      indents.push(col);
      let c = col;
      while ((line[c] === "-" || line[c] === "?") && (line[c + 1] === " " || line[c + 1] === undefined)) {
        indents.push(c + 1);
        c += 2;
        while (line[c] === " ") c++;
      }
      if (indents.length > limit) return { line: n + 1, column: col + 1 };
    }
    const hit = scanLine(line, col, state, () => state.flow + indents.length > limit);
    if (hit.tooDeepAt !== undefined) return { line: n + 1, column: hit.tooDeepAt + 1 };
    if (state.flow === 0 && hit.opensBlockScalar) blockScalarIndent = col;
  }
  return undefined;
}

/** Walks one line; tracks flow depth in `state`; reports where it got too deep and whether a block scalar starts. */
function scanLine(line: string, from: number, state: { flow: number }, tooDeep: () => boolean) {
  let quote: string | undefined;
  let valueStart = true;
  let end = line.length;
  for (let i = from; i < line.length; i++) {
    const ch = line[i]!;
    const next = line[i + 1];
    if (quote) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote && quote === "'" && next === "'") i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "#" && (i === 0 || line[i - 1] === " ")) {
      end = i;
      break;
    }
    if (ch === " ") continue;
    if (valueStart && (ch === "!" || ch === "&")) {
      // A tag or anchor comes before the value it names; the value still starts after it.
      while (i + 1 < line.length && line[i + 1] !== " ") i++;
    } else if (valueStart && (ch === '"' || ch === "'")) {
      quote = ch;
      valueStart = false;
    } else if ((ch === "[" || ch === "{") && (valueStart || state.flow > 0)) {
      state.flow++;
      if (tooDeep()) return { tooDeepAt: i, opensBlockScalar: false };
      valueStart = true;
    } else if ((ch === "]" || ch === "}") && state.flow > 0) {
      state.flow--;
      valueStart = false;
    } else if (ch === "," && state.flow > 0) valueStart = true;
    else if (ch === ":" && (next === " " || next === undefined || (state.flow > 0 && (next === "," || next === "]" || next === "}")))) valueStart = true;
    else if ((ch === "-" || ch === "?") && valueStart && (next === " " || next === undefined)) valueStart = true;
    else valueStart = false;
  }
  const content = line.slice(from, end).trimEnd();
  return { tooDeepAt: undefined, opensBlockScalar: /(^|[:-] +)[|>][0-9+-]*$/.test(content) };
}

/** Depth of nested objects and arrays in a parsed value (iterative; aliases already bounded). */
export function valueDepth(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}
