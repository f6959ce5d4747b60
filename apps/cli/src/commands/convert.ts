import type { Command } from "../command";
import { EXIT } from "../cli-io";
import { UsageError } from "../cli-error";
import { parseFlags, parseByteSize } from "../parse-flags";
import { formatOfPath } from "../format-of-path";
import { loadDocument } from "../load-document";
import { writeDocument } from "../write-document";

/** `kaart convert <in> -o <out>`: between every readable and writable format, chosen by extension. */
export const convertCommand: Command = {
  name: "convert",
  summary: "convert between .kaart.json .kaart.yaml .mmd .csv .xlsx (read) and those plus .md .svg .png .pdf (write)",
  usage: "kaart convert <in> -o <out> [--lang <code>] [--persona <id>]",
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      output: { type: "string", short: "o" },
      lang: { type: "string" },
      persona: { type: "string" },
    });
    if (positionals.length !== 1 || !values.output) throw new UsageError("convert takes one input file and -o <output>");
    const input = positionals[0]!;
    formatOfPath(values.output, "write"); // refuse an unknown output extension before reading the input
    const { document } = await loadDocument(input, io, parseByteSize(values["max-bytes"]));
    const personaId = resolvePersona(document, values.persona);
    await writeDocument(values.output, document, io, { personaId, locale: values.lang });
    return EXIT.ok;
  },
};

/** `--persona` accepts a persona id or a persona's exact name. */
export function resolvePersona(doc: { personas: Record<string, { id: `persona:${string}`; name: string }> }, wanted: string | undefined) {
  if (wanted === undefined) return undefined;
  const match = Object.values(doc.personas).find((p) => p.id === wanted || p.name === wanted);
  if (!match) {
    const known = Object.values(doc.personas).map((p) => `${p.id} (${p.name})`).join(", ") || "none";
    throw new UsageError(`--persona ${wanted}: no such persona; the map has: ${known}`);
  }
  return match.id;
}
