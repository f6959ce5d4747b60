import { instantiateTemplate, TEMPLATE_LANGUAGES } from "@kaart/core";
import type { Command } from "../command";
import { EXIT, nowOf } from "../cli-io";
import { CliError, UsageError } from "../cli-error";
import { parseFlags } from "../parse-flags";
import { formatOfPath } from "../format-of-path";
import { saveDocument } from "../save-document";
import { writeOutput } from "../write-output";

/** `kaart new --template <id> [--lang <code>] -o <file>`: a map from a template, in its language. */
export const newCommand: Command = {
  name: "new",
  summary: "create a map from a template in one of its languages (the others kept as translations)",
  usage: `kaart new --template <id> [--lang <${TEMPLATE_LANGUAGES.join("|")}>] -o <file.kaart.json|file.kaart.yaml|…>`,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      template: { type: "string", short: "t" },
      lang: { type: "string" },
      output: { type: "string", short: "o" },
    });
    if (positionals.length || !values.template || !values.output) throw new UsageError("new needs --template <id> and -o <file>");
    const kind = formatOfPath(values.output, "write");
    const lang = values.lang ?? "en";
    if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang ${lang}: templates exist in ${TEMPLATE_LANGUAGES.join(", ")}`);
    const made = instantiateTemplate(values.template, { lang: lang as (typeof TEMPLATE_LANGUAGES)[number], now: nowOf(io) });
    if (!made.ok) {
      if (made.error.code === "not_found") throw new UsageError(`${made.error.message}; run kaart templates to list them`);
      throw new CliError(made.error.code, made.error.message);
    }
    const { data } = await saveDocument(made.value, kind);
    await writeOutput(values.output, data, io);
    return EXIT.ok;
  },
};
