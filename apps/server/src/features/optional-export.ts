/**
 * Looks up a function another workspace is expected to export, so the server can offer a
 * feature (a template, a file format, an export) as soon as that function lands and answer
 * `export_unavailable` until then. `F` is the signature agreed in the shared notes; the value is a
 * function of our own code base, not untrusted input.
 */
export function optionalExport<F>(module: object, name: string): F | undefined {
  const value: unknown = Reflect.get(module, name);
  return typeof value === "function" ? (value as F) : undefined;
}
