/** What a command may touch of the outside world; tests pass buffers, the binary passes the process's streams. */
export interface CliIo {
  stdout: { write(s: string | Uint8Array): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /** True when stdout/stderr is a terminal (progress bars, colours). */
  isTTY?: boolean;
}

/** Exit codes (contracts.md): 0 ok, 1 invalid input, 2 usage. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
