import type { JourneyDocument } from "@kaart/core";
import type { CliIo } from "./cli-io";
import { formatErrorLine } from "./cli-error";
import { formatOfPath } from "./format-of-path";
import { saveDocument, type SaveOptions } from "./save-document";
import { writeOutput } from "./write-output";

/** Writes a map in the format its path names, printing the writer's warnings as error-style lines on stderr. */
export async function writeDocument(path: string, doc: JourneyDocument, io: CliIo, opts: SaveOptions = {}): Promise<void> {
  const { data, warnings } = await saveDocument(doc, formatOfPath(path, "write"), opts);
  for (const w of warnings) io.stderr.write(formatErrorLine({ file: path, code: "warning", message: w }) + "\n");
  await writeOutput(path, data, io);
}
