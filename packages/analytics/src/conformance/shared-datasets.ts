import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

/** `../shared` seen from the repository root, where the shared datasets and reference results live. */
export const SHARED_DIR = resolve(import.meta.dirname, "../../../..", "../shared");

const expectedSchema = z.object({
  events: z.number(),
  cases: z.number(),
  activities: z.number(),
  variants: z.number(),
  topVariants: z.array(z.object({ activities: z.array(z.string()), count: z.number() })),
  start: z.record(z.string(), z.number()),
  end: z.record(z.string(), z.number()),
  edges: z.array(z.object({ from: z.string(), to: z.string(), count: z.number(), meanSeconds: z.number(), medianSeconds: z.number() })),
});
export type ExpectedResults = z.infer<typeof expectedSchema>;

export interface ConformanceCase {
  name: string;
  dataset: string;
  expected: ExpectedResults;
}

/** Every `conformance/analytics/NAME.expected.json` with its dataset `datasets/NAME.*`; empty when `../shared` is absent. */
export function conformanceCases(shared = SHARED_DIR): ConformanceCase[] {
  const expectedDir = join(shared, "conformance/analytics");
  const datasetDir = join(shared, "datasets");
  if (!existsSync(expectedDir) || !existsSync(datasetDir)) return [];
  const datasets = readdirSync(datasetDir);
  return readdirSync(expectedDir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, "");
      const dataset = datasets.find((d) => d.startsWith(`${name}.`) && !d.endsWith(".md"));
      if (!dataset) throw new Error(`no dataset for ${f} in ${datasetDir}`);
      return { name, dataset: join(datasetDir, dataset), expected: expectedSchema.parse(JSON.parse(readFileSync(join(expectedDir, f), "utf8"))) };
    });
}
