import type { CliIo } from "./cli-io";

/** One subcommand: its name, a line of help, its usage, and what it does. Returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
