import { listTemplates, TEMPLATE_LANGUAGES } from "@kaart/core";
import type { Command } from "../command";
import { EXIT } from "../cli-io";
import { UsageError } from "../cli-error";
import { parseFlags } from "../parse-flags";

/** `kaart templates [--lang <code>] [--json]`: the built-in templates. */
export const templatesCommand: Command = {
  name: "templates",
  summary: "list the built-in templates (current state, service blueprint, industry examples, …)",
  usage: `kaart templates [--lang <${TEMPLATE_LANGUAGES.join("|")}>] [--json]`,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { json: { type: "boolean" }, lang: { type: "string" } });
    if (positionals.length) throw new UsageError("templates takes no files");
    const lang = values.lang ?? "en";
    if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang ${lang}: templates exist in ${TEMPLATE_LANGUAGES.join(", ")}`);
    const templates = listTemplates(lang as (typeof TEMPLATE_LANGUAGES)[number]);
    if (values.json) io.stdout.write(JSON.stringify(templates, null, 2) + "\n");
    else {
      const width = Math.max(...templates.map((t) => t.id.length));
      for (const t of templates) io.stdout.write(`${t.id.padEnd(width)}  ${t.name} — ${t.description}\n`);
    }
    return EXIT.ok;
  },
};
