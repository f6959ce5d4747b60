import { z } from "zod";

/** What each client publishes through awareness: who it is and the cell it is at (presence, not document). */
export const presenceStateSchema = z.object({
  user: z.object({ name: z.string().max(200), color: z.string().regex(/^#[0-9a-f]{6}$/i) }),
  cell: z.string().max(300).optional(),
});
export type PresenceState = z.infer<typeof presenceStateSchema>;

export interface Peer extends PresenceState {
  clientId: number;
  self: boolean;
}
