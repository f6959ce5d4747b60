import { EXIT, type ExitCode } from "./cli-io";

/**
 * An error the CLI reports as one line `<file>:<line>:<col>: <code>: <message>` (line and column
 * where known) and turns into an exit code; anything else is a bug and prints a stack only with --debug.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    readonly code: string,
    message: string,
    readonly where: { file?: string; line?: number; column?: number; pointer?: string } = {},
    readonly exitCode: ExitCode = EXIT.invalidInput,
  ) {
    super(message);
  }
}

/** A mistake in how the command was called: exit 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super("usage", message, {}, EXIT.usage);
  }
}

/** `<file>:<line>:<col>: <code>: <message>`, leaving out what is unknown; a JSON Pointer goes after the file. */
export function formatErrorLine(e: { code: string; message: string; file?: string; line?: number; column?: number; pointer?: string }): string {
  let where = e.file ?? "kaart";
  if (e.line !== undefined) where += `:${e.line}`;
  if (e.line !== undefined && e.column !== undefined) where += `:${e.column}`;
  if (e.pointer !== undefined) where += `:${e.pointer || "/"}`;
  return `${where}: ${e.code}: ${oneLine(e.message)}`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "?");
}
