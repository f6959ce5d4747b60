import type { Command } from "../command";
import { EXIT } from "../cli-io";
import { UsageError } from "../cli-error";
import { parseFlags, parseByteSize } from "../parse-flags";
import { formatOfPath } from "../format-of-path";
import { loadDocument } from "../load-document";
import { writeDocument } from "../write-document";
import { resolvePersona } from "./convert";

/** `kaart render <file> -o <out.svg|.png|.pdf>`: the presentation drawing of a map. */
export const renderCommand: Command = {
  name: "render",
  summary: "draw a map as SVG, PNG or PDF (--persona to show one persona, --lang for a translation)",
  usage: "kaart render <file> -o <out.svg|out.png|out.pdf> [--persona <id|name>] [--lang <code>]",
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      output: { type: "string", short: "o" },
      lang: { type: "string" },
      persona: { type: "string" },
    });
    if (positionals.length !== 1 || !values.output) throw new UsageError("render takes one input file and -o <out.svg|out.png|out.pdf>");
    const kind = formatOfPath(values.output, "write");
    if (kind !== "svg" && kind !== "png" && kind !== "pdf") throw new UsageError("render writes .svg, .png or .pdf; use convert for other formats");
    const { document } = await loadDocument(positionals[0]!, io, parseByteSize(values["max-bytes"]));
    if (values.lang !== undefined && !document.map.locales.includes(values.lang)) {
      throw new UsageError(`--lang ${values.lang}: the map is in ${document.map.locales.join(", ")}`);
    }
    await writeDocument(values.output, document, io, { personaId: resolvePersona(document, values.persona), locale: values.lang });
    return EXIT.ok;
  },
};
