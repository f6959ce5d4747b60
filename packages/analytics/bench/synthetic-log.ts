import { closeSync, createWriteStream, fsyncSync, openSync } from "node:fs";
import { once } from "node:events";

/** A seeded pseudo-random source in [0, 1) (mulberry32), so every run writes the same log. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticLog {
  path: string;
  events: number;
  cases: number;
  activities: string[];
  /** A likely path of five activities (for the funnel) and the most common first activity. */
  funnel: string[];
}

/**
 * Writes a CSV log of `events` events, about ten per case, over 30–60 activities that follow a
 * random Markov chain (four likely successors each, one case in ten ends at each step). One
 * gap in ten is zero, so equal timestamps inside a case occur often.
 */
export async function writeSyntheticLog(path: string, events: number, random = seededRandom(2012)): Promise<SyntheticLog> {
  const count = 30 + Math.floor(random() * 31);
  const activities = Array.from({ length: count }, (_, i) => `step ${String(i + 1).padStart(2, "0")}`);
  const successors = activities.map(() => Array.from({ length: 4 }, () => Math.floor(random() * count)));
  const out = createWriteStream(path);
  let buffer = "case_id,activity,timestamp\n";
  let written = 0;
  let cases = 0;
  const base = Date.UTC(2025, 0, 1);
  while (written < events) {
    const id = `case-${++cases}`;
    let t = base + Math.floor(random() * 365 * 86_400_000);
    let a = Math.floor(random() * 3);
    do {
      buffer += `${id},${activities[a]},${new Date(t).toISOString()}\n`;
      written++;
      t += random() < 0.1 ? 0 : Math.floor(random() * 7_200_000);
      a = successors[a]![random() < 0.6 ? 0 : Math.floor(random() * 4)]!;
    } while (written < events && random() > 0.1);
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
  // On disk before anything reads it: otherwise the first reader timed shares the machine with
  // the kernel writing ~450 MB of dirty pages back.
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const funnel = [0];
  while (funnel.length < 5) funnel.push(successors[funnel[funnel.length - 1]!]![0]!);
  return { path, events: written, cases, activities, funnel: funnel.map((i) => activities[i]!) };
}
