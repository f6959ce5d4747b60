/** The CLI's entry: parses the subcommand and dispatches. Returns the exit code (0 ok, 1 invalid input, 2 usage). */
export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h") {
    io.stdout.write("kaart — customer journey maps as code\n\nUsage: kaart <command> [options]\n");
    return 0;
  }
  io.stderr.write(`kaart: usage: unknown command ${argv[0]}\n`);
  return 2;
}
