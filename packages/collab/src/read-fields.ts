import * as Y from "yjs";
import type { TextKinds } from "./text-kinds";
import { readRuns } from "./rich-text-y";

/**
 * The plain JSON of a record's Y.Map: Y.Text as a string or as rich text (by the field's kind),
 * nested Y.Maps as objects, other shared types as their JSON, plain values as they are.
 */
export function readFields(source: Y.Map<unknown>, kinds: TextKinds, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  source.forEach((v, key) => {
    const path = prefix + key;
    if (v instanceof Y.Text) out[key] = kinds.at(path) === "rich" ? readRuns(v) : v.toString();
    else if (v instanceof Y.Map) out[key] = readFields(v, kinds, `${path}.`);
    else if (v instanceof Y.AbstractType) out[key] = v.toJSON();
    else out[key] = v;
  });
  return out;
}
