import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { readJourneyJson, readJourneyYaml, writeJourneyJson, writeJourneyYaml, type JourneyDocument } from "@kaart/core";
import { CliError, UsageError } from "../../cli-error";
import type { CliIo } from "../../cli-io";
import { decodeText, readInputBytes } from "../../read-input";

/** Largest map file `bind` reads. */
const MAX_MAP_BYTES = 50 * 1024 * 1024;

function kindOf(path: string): "json" | "yaml" {
  if (/\.json$/i.test(path)) return "json";
  if (/\.ya?ml$/i.test(path)) return "yaml";
  throw new UsageError(`${path}: expected a .kaart.json or .kaart.yaml map`);
}

/** Reads a map in JSON or YAML (by extension); format errors keep their line and column. */
export async function readJourneyFile(path: string, io: CliIo): Promise<JourneyDocument> {
  const kind = kindOf(path);
  const text = decodeText(await readInputBytes(path, io.cwd, MAX_MAP_BYTES), path);
  const result = kind === "json" ? readJourneyJson(text) : readJourneyYaml(text);
  if (result.ok) return result.document;
  const first = result.errors[0];
  throw new CliError(first?.code ?? "invalid_document", first?.message ?? "invalid map", { file: path, line: first?.line, column: first?.column, pointer: first?.pointer });
}

/** Writes a map as JSON or YAML (by extension); writer warnings go to stderr. */
export async function writeJourneyFile(path: string, doc: JourneyDocument, io: CliIo): Promise<void> {
  const { text, warnings } = kindOf(path) === "json" ? writeJourneyJson(doc) : writeJourneyYaml(doc);
  for (const w of warnings) io.stderr.write(`${path}: warning: ${w.code}: ${w.message}\n`);
  await writeFile(resolve(io.cwd, path), text);
}
