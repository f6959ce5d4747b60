import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from "yaml";
import { validateDocument } from "../../document/validate-document";
import { issuesToFormatErrors } from "../document-issues";
import { failure, type FormatError, type ReadResult } from "../format-result";
import { DEFAULT_MAX_CHARS } from "../read-limits";
import { findExcessiveNesting } from "./nesting-depth";

/** Bounds on what a YAML file may ask of the reader; the defaults are far above any real map. */
export interface YamlLimits {
  maxChars?: number;
  /** Nesting depth of mappings and sequences (Kaart documents need about 10). */
  maxDepth?: number;
  /** Alias expansions allowed while building the value (Kaart never writes aliases). */
  maxAliasCount?: number;
}

/** Tags a Kaart document can contain; anything else (`!!js/function`, `!!binary`, `!custom`) is refused. */
const STANDARD_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Reads a `.kaart.yaml` file: the same document as `.kaart.json`, in YAML 1.2 (core schema).
 * Refuses alias bombs, deep nesting, custom tags and duplicate keys with line and column, in
 * bounded time and memory. Never throws.
 *
 * @example
 * const r = readJourneyYaml(text, { maxDepth: 32 });
 */
export function readJourneyYaml(text: string, limits: YamlLimits = {}): ReadResult {
  const maxChars = limits.maxChars ?? DEFAULT_MAX_CHARS;
  const maxDepth = limits.maxDepth ?? 64;
  if (text.length > maxChars) return failure({ code: "too_large", message: `the file has ${text.length} characters; the limit is ${maxChars}` });
  const deep = findExcessiveNesting(text, maxDepth);
  if (deep) return failure({ code: "yaml_too_deep", message: `nesting deeper than ${maxDepth} levels`, ...deep });
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: "core", version: "1.2", uniqueKeys: true, prettyErrors: false, merge: false, lineCounter: lines });
  const problems = syntaxErrors(doc, lines).concat(tagErrors(doc, lines));
  if (problems.length) return failure(...problems);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount ?? 100 });
  } catch (error) {
    return failure({ code: "yaml_alias_limit", message: `too many alias expansions (${error instanceof Error ? error.message : "refused"})` });
  }
  const result = validateDocument(value);
  if (!result.ok) return failure(...issuesToFormatErrors(result.issues));
  return { ok: true, document: result.document, warnings: [] };
}

function syntaxErrors(doc: Document, lines: LineCounter): FormatError[] {
  return doc.errors.slice(0, 20).map((e) => ({
    code: e.code === "DUPLICATE_KEY" ? "yaml_duplicate_key" : "yaml_syntax",
    message: e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""),
    ...at(lines, e.pos[0]),
  }));
}

function tagErrors(doc: Document, lines: LineCounter): FormatError[] {
  const errors: FormatError[] = [];
  visit(doc, (_key, node) => {
    if (!isNode(node) || isAlias(node) || node.tag === undefined || STANDARD_TAGS.has(node.tag)) return;
    errors.push({ code: "yaml_custom_tag", message: `tag ${node.tag} is not allowed in a Kaart document`, ...(node.range ? at(lines, node.range[0]) : {}) });
    if (errors.length >= 20) return visit.BREAK;
  });
  return errors;
}

function at(lines: LineCounter, offset: number): { line: number; column: number } {
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
