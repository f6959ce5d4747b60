import * as Y from "yjs";
import type { TextKinds } from "./text-kinds";
import { insertRuns, isRichText, setPlain, setRuns } from "./rich-text-y";

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Makes the Y.Map `target` hold `value`, field by field, changing only what differs: typed text
 * (see `TextKinds`) becomes Y.Text edited by the smallest splice, objects with typed text below
 * become nested Y.Maps, everything else is a plain value replaced as a whole. Writing only the
 * differences is what lets a put from one client merge with another client's edit of a
 * different field, or of another part of the same text.
 */
export function writeFields(target: Y.Map<unknown>, value: Record<string, unknown>, kinds: TextKinds, prefix = ""): void {
  for (const key of [...target.keys()]) if (value[key] === undefined) target.delete(key);
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const path = prefix + key;
    const kind = kinds.at(path);
    const existing = target.get(key);
    if (kind === "plain" && typeof v === "string") {
      if (existing instanceof Y.Text) setPlain(existing, v);
      else target.set(key, new Y.Text(v));
    } else if (kind === "rich" && isRichText(v)) {
      if (existing instanceof Y.Text) setRuns(existing, v);
      else insertRuns(target.set(key, new Y.Text()), 0, v);
    } else if (isPlainObject(v) && kinds.below(path)) {
      const child = existing instanceof Y.Map ? existing : target.set(key, new Y.Map<unknown>());
      writeFields(child, v, kinds, `${path}.`);
    } else if (existing instanceof Y.AbstractType || !sameJson(existing, v)) {
      target.set(key, v);
    }
  }
}
