import { analyzeMap, formatAnalysisText } from "@kaart/core";
import type { Command } from "../command";
import { EXIT } from "../cli-io";
import { UsageError } from "../cli-error";
import { parseFlags, parseByteSize } from "../parse-flags";
import { loadDocument } from "../load-document";

/** `kaart analyze <file> [--json]`: moments that matter, worst pain points, gaps, inconsistencies, opportunities. */
export const analyzeCommand: Command = {
  name: "analyze",
  summary: "moments that matter, worst pain points, gaps, inconsistencies and ranked opportunities",
  usage: "kaart analyze <file> [--json]",
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { json: { type: "boolean" } });
    if (positionals.length !== 1) throw new UsageError("analyze takes exactly one file");
    const { document } = await loadDocument(positionals[0]!, io, parseByteSize(values["max-bytes"]));
    const analysis = analyzeMap(document);
    io.stdout.write(values.json ? JSON.stringify(analysis, null, 2) + "\n" : formatAnalysisText(analysis, document));
    return EXIT.ok;
  },
};
