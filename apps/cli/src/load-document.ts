import { readJourneyJson, readJourneyYaml, readMermaid, readGridCsv, type FormatError, type FormatWarning, type JourneyDocument, type ReadResult } from "@kaart/core";
import { readGridXlsx } from "@kaart/export";
import { CliError } from "./cli-error";
import { formatOfPath } from "./format-of-path";
import { decodeText, readInputBytes } from "./read-input";
import { nowOf, type CliIo } from "./cli-io";
import { basename } from "node:path";

/** Every problem of an input file, each printed as its own line by the command. */
export class InputErrors extends CliError {
  constructor(readonly file: string, readonly errors: FormatError[]) {
    super(errors[0]?.code ?? "invalid_input", errors[0]?.message ?? "invalid input", { file });
  }
}

/** Reads a journey in any readable format, chosen by extension. Throws `InputErrors` listing every problem. */
export async function loadDocument(path: string, io: CliIo, maxBytes: number): Promise<{ document: JourneyDocument; warnings: FormatWarning[] }> {
  const kind = formatOfPath(path, "read");
  const bytes = await readInputBytes(path, io.cwd, maxBytes);
  // Grids and Mermaid files carry no creation time or (grids) title: stamp now, title from the file name.
  const imported = { now: nowOf(io), title: basename(path).replace(/\.[^.]+$/, "") };
  let result: ReadResult;
  if (kind === "xlsx") result = await readGridXlsx(bytes, imported);
  else {
    const text = decodeText(bytes, path);
    if (kind === "json") result = readJourneyJson(text);
    else if (kind === "yaml") result = readJourneyYaml(text);
    else if (kind === "mermaid") result = readMermaid(text, { now: imported.now });
    else result = readGridCsv(text, imported);
  }
  if (!result.ok) throw new InputErrors(path, result.errors);
  return { document: result.document, warnings: result.warnings };
}
