/** What a command may touch of the outside world; tests pass buffers, the binary passes the process's streams. */
export interface CliIo {
  stdout: { write(s: string | Uint8Array): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /** True when stdout/stderr is a terminal (progress bars, colours). */
  isTTY?: boolean;
  /** The current time as ISO-8601; injected so imports and new maps are reproducible in tests. */
  now?: () => string;
}

/** The time a command should stamp on what it creates. */
export function nowOf(io: CliIo): string {
  return io.now ? io.now() : new Date().toISOString();
}

/** Exit codes (contracts.md): 0 ok, 1 invalid input, 2 usage. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
