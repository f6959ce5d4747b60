import { diffMaps, formatDiffText } from "@kaart/core";
import type { Command } from "../command";
import { EXIT } from "../cli-io";
import { UsageError } from "../cli-error";
import { parseFlags, parseByteSize } from "../parse-flags";
import { loadDocument } from "../load-document";

/** `kaart diff <a> <b> [--json]`: what changed between two maps (or two versions of one). */
export const diffCommand: Command = {
  name: "diff",
  summary: "stages, steps, cells, emotion and persona changes between two maps",
  usage: "kaart diff <a> <b> [--json]",
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { json: { type: "boolean" } });
    if (positionals.length !== 2) throw new UsageError("diff takes exactly two files");
    const maxBytes = parseByteSize(values["max-bytes"]);
    const a = await loadDocument(positionals[0]!, io, maxBytes);
    const b = await loadDocument(positionals[1]!, io, maxBytes);
    const diff = diffMaps(a.document, b.document);
    io.stdout.write(values.json ? JSON.stringify(diff, null, 2) + "\n" : formatDiffText(diff));
    return EXIT.ok;
  },
};
