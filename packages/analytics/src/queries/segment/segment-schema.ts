import { z } from "zod";

/**
 * A segment narrows the log before any query runs. `where` keeps the cases that have, for every
 * condition, at least one event whose attribute equals the value (so `case:channel=Internet`
 * selects whole journeys); `from`/`to` then keep only the events in `[from, to)`.
 */
export const segmentSchema = z.object({
  where: z.array(z.object({ attribute: z.string().min(1), value: z.string() })).default([]),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type Segment = z.infer<typeof segmentSchema>;
