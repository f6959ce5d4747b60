import { readJourneyJson, readJourneyYaml, readMermaid, readGridCsv, type FormatError, type FormatWarning, type JourneyDocument, type ReadResult } from "@kaart/core";
import { readGridXlsx } from "@kaart/export";
import { CliError } from "./cli-error";
import { formatOfPath } from "./format-of-path";
import { decodeText, readInputBytes } from "./read-input";

/** Every problem of an input file, each printed as its own line by the command. */
export class InputErrors extends CliError {
  constructor(readonly file: string, readonly errors: FormatError[]) {
    super(errors[0]?.code ?? "invalid_input", errors[0]?.message ?? "invalid input", { file });
  }
}

/** Reads a journey in any readable format, chosen by extension. Throws `InputErrors` listing every problem. */
export async function loadDocument(path: string, cwd: string, maxBytes: number): Promise<{ document: JourneyDocument; warnings: FormatWarning[] }> {
  const kind = formatOfPath(path, "read");
  const bytes = await readInputBytes(path, cwd, maxBytes);
  let result: ReadResult;
  if (kind === "xlsx") result = await readGridXlsx(bytes);
  else {
    const text = decodeText(bytes, path);
    if (kind === "json") result = readJourneyJson(text);
    else if (kind === "yaml") result = readJourneyYaml(text);
    else if (kind === "mermaid") result = readMermaid(text);
    else result = readGridCsv(text);
  }
  if (!result.ok) throw new InputErrors(path, result.errors);
  return { document: result.document, warnings: result.warnings };
}
