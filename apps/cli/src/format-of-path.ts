import { FORMATS, formatForPath, type FormatName } from "@kaart/core";
import { UsageError } from "./cli-error";

/** The format a path names, checked for the direction it is used in; otherwise a usage error listing what works. */
export function formatOfPath(path: string, use: "read" | "write"): FormatName {
  const name = formatForPath(path);
  if (name && FORMATS[name][use]) return name;
  const allowed = (Object.keys(FORMATS) as FormatName[])
    .filter((f) => FORMATS[f][use])
    .flatMap((f) => FORMATS[f].extensions)
    .join(" ");
  throw new UsageError(`cannot ${use} ${path}: ${name ? `${name} is write-only` : "unknown extension"}; use one of ${allowed}`);
}
