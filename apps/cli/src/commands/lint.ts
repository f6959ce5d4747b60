import { lintDocument } from "@kaart/core";
import type { Command } from "../command";
import { EXIT } from "../cli-io";
import { UsageError, formatErrorLine } from "../cli-error";
import { parseFlags, parseByteSize } from "../parse-flags";
import { loadDocument } from "../load-document";

/**
 * `kaart lint <file> [--strict] [--json]`: accessibility and quality findings. Errors always fail;
 * with --strict, warnings fail too. Info findings (advice such as "no evidence yet") never fail.
 */
export const lintCommand: Command = {
  name: "lint",
  summary: "accessibility and quality warnings (missing alt text, empty stages, emotion without evidence, …)",
  usage: "kaart lint <file> [--strict] [--json]",
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { strict: { type: "boolean" }, json: { type: "boolean" } });
    if (positionals.length !== 1) throw new UsageError("lint takes exactly one file");
    const file = positionals[0]!;
    const { document } = await loadDocument(file, io, parseByteSize(values["max-bytes"]));
    const warnings = lintDocument(document);
    if (values.json) io.stdout.write(JSON.stringify({ warnings }, null, 2) + "\n");
    else {
      for (const w of warnings) io.stdout.write(formatErrorLine({ file, pointer: w.pointer, code: w.code, message: `${w.severity}: ${w.message}` }) + "\n");
      const count = (sev: string) => warnings.filter((w) => w.severity === sev).length;
      io.stdout.write(`${file}: ${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} info\n`);
    }
    const failing = warnings.filter((w) => w.severity === "error" || (values.strict && w.severity === "warning"));
    return failing.length > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};
