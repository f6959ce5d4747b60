/**
 * A record with `changes` applied: a value replaces the field, `null` removes it, `undefined`
 * leaves it alone. The shape of every `update…` operation's `changes` argument.
 */
export function applyChanges<R extends object>(record: R, changes: { [K in keyof R]?: R[K] | null }): R {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete out[key];
    else if (value !== undefined) out[key] = value;
  }
  return out as R;
}
