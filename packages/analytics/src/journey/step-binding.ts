/** A step's binding as stored in the map: exact activity names and glob patterns. */
export interface StepBindingLike {
  activities?: readonly string[] | undefined;
  patterns?: readonly string[] | undefined;
}

/** A glob (`*` any run, `?` one character, everything else literal) as an anchored RegExp. */
export function globToRegExp(pattern: string): RegExp {
  const body = [...pattern].map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"))).join("");
  return new RegExp(`^${body}$`, "su");
}

/** The log's activities a binding stands for: its exact names that occur, and every name a pattern matches. */
export function boundActivities(binding: StepBindingLike, activityNames: readonly string[]): string[] {
  const known = new Set(activityNames);
  const out = new Set((binding.activities ?? []).filter((a) => known.has(a)));
  const patterns = (binding.patterns ?? []).map(globToRegExp);
  for (const name of activityNames) if (patterns.some((p) => p.test(name))) out.add(name);
  return [...out];
}
