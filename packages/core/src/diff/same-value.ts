/**
 * Deep equality of JSON-like values, ignoring the order of object keys (a record read from YAML
 * and the same record written by an editor may list fields differently) but not of arrays.
 * A key holding `undefined` counts as absent.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => sameValue(v, b[i]));
  }
  const ea = definedEntries(a);
  const eb = new Map(definedEntries(b));
  return ea.length === eb.size && ea.every(([k, v]) => eb.has(k) && sameValue(v, eb.get(k)));
}

function definedEntries(o: object): [string, unknown][] {
  return Object.entries(o).filter(([, v]) => v !== undefined);
}

/** Names of the top-level fields whose values differ, sorted; `ignore` lists fields reported elsewhere. */
export function changedFields(a: object, b: object, ignore: ReadonlySet<string>): string[] {
  const ma = new Map(Object.entries(a));
  const mb = new Map(Object.entries(b));
  const keys = new Set([...ma.keys(), ...mb.keys()]);
  return [...keys].filter((k) => !ignore.has(k) && !sameValue(ma.get(k), mb.get(k))).sort();
}
