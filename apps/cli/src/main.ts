import { EXIT, type CliIo } from "./cli-io";
import { CliError, formatErrorLine } from "./cli-error";
import { COMMANDS } from "./commands/registry";
import { InputErrors } from "./load-document";

export type { CliIo } from "./cli-io";

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "kaart — customer journey maps as code",
    "",
    "Usage: kaart <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Options for every command: --help, --debug (stack traces), --max-bytes <size>",
    "Exit codes: 0 ok, 1 invalid input, 2 usage.",
    "",
  ].join("\n");
}

/**
 * Runs one CLI invocation and returns its exit code. Every failure becomes one error line on
 * stderr; a stack trace appears only with --debug.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(helpText());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version") {
    io.stdout.write("kaart 0.1.0\n");
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(formatErrorLine({ code: "usage", message: `unknown command "${name}"; run kaart --help` }) + "\n");
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return EXIT.ok;
  }
  const debug = rest.includes("--debug");
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof InputErrors) {
      // Every problem of the input on its own line, so a user can fix them all in one pass.
      for (const err of e.errors) io.stderr.write(formatErrorLine({ ...err, file: e.file }) + "\n");
      return e.exitCode;
    }
    if (e instanceof CliError) {
      io.stderr.write(formatErrorLine({ code: e.code, message: e.message, ...e.where }) + "\n");
      if (debug) io.stderr.write(`${e.stack ?? ""}\n`);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(formatErrorLine({ code: "internal_error", message: `${message} (run with --debug for details)` }) + "\n");
    if (debug && e instanceof Error) io.stderr.write(`${e.stack ?? ""}\n`);
    return EXIT.invalidInput;
  }
}
