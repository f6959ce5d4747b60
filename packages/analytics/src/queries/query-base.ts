import { z } from "zod";
import { segmentSchema } from "./segment/segment-schema";

/** The fields every query shares: its kind, the version of its shape, and an optional segment. */
export function queryShape<K extends string>(kind: K) {
  return { kind: z.literal(kind), version: z.literal(1).default(1), segment: segmentSchema.optional() };
}
