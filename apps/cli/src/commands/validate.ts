import type { Command } from "../command";
import { EXIT } from "../cli-io";
import { UsageError } from "../cli-error";
import { parseFlags, parseByteSize } from "../parse-flags";
import { loadDocument } from "../load-document";

/** `kaart validate <file>`: exit 0 when the file is a valid journey, else 1 with every problem. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check that a file is a valid journey map (every problem as <file>:<pointer>: <code>: <message>)",
  usage: "kaart validate <file> [--max-bytes <size>]",
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {});
    if (positionals.length !== 1) throw new UsageError("validate takes exactly one file");
    const file = positionals[0]!;
    const { document } = await loadDocument(file, io, parseByteSize(values["max-bytes"]));
    const counts = `${Object.keys(document.stages).length} stages, ${Object.keys(document.steps).length} steps, ${Object.keys(document.lanes).length} lanes`;
    io.stdout.write(`${file}: valid (${counts})\n`);
    return EXIT.ok;
  },
};
