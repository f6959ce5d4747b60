/**
 * Every file format Kaart reads or writes, with the extensions that select it. Readers and writers
 * of text formats live in core; binary ones (`xlsx`, `png`, `pdf`) in `@kaart/export`.
 */
export const FORMATS = {
  json: { extensions: [".kaart.json", ".json"], read: true, write: true, binary: false },
  yaml: { extensions: [".kaart.yaml", ".kaart.yml", ".yaml", ".yml"], read: true, write: true, binary: false },
  mermaid: { extensions: [".mmd", ".mermaid"], read: true, write: true, binary: false },
  csv: { extensions: [".csv"], read: true, write: true, binary: false },
  xlsx: { extensions: [".xlsx"], read: true, write: true, binary: true },
  markdown: { extensions: [".md", ".markdown"], read: false, write: true, binary: false },
  svg: { extensions: [".svg"], read: false, write: true, binary: false },
  png: { extensions: [".png"], read: false, write: true, binary: true },
  pdf: { extensions: [".pdf"], read: false, write: true, binary: true },
} as const;
export type FormatName = keyof typeof FORMATS;

/** Extension (lower case, with its dot) → format. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, FormatName>> = Object.fromEntries(
  (Object.keys(FORMATS) as FormatName[]).flatMap((name) => FORMATS[name].extensions.map((ext) => [ext, name] as const)),
);

/**
 * The format a path names by its extension (case-insensitive; the longest match wins, so
 * `map.kaart.json` is `json` through `.kaart.json`). `undefined` when no format matches.
 *
 * @example
 * formatForPath("journeys/Onboarding.MMD") // "mermaid"
 */
export function formatForPath(path: string): FormatName | undefined {
  const lower = path.toLowerCase();
  let best: { ext: string; name: FormatName } | undefined;
  for (const [ext, name] of Object.entries(FORMAT_BY_EXTENSION)) {
    if (lower.endsWith(ext) && (!best || ext.length > best.ext.length)) best = { ext, name };
  }
  return best?.name;
}
