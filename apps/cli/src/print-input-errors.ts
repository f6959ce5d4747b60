import type { CliIo } from "./cli-io";
import { formatErrorLine } from "./cli-error";
import type { InputErrors } from "./load-document";

/** One line per problem of an input file. */
export function printInputErrors(e: InputErrors, io: CliIo): void {
  for (const err of e.errors) io.stderr.write(formatErrorLine({ ...err, file: e.file }) + "\n");
}
