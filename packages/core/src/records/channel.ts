import { z } from "zod";

/** Channel types of touchpoints and persona preferences; `inPerson` covers stores, branches, events. */
export const CHANNEL_TYPES = [
  "web",
  "app",
  "social",
  "email",
  "phone",
  "inPerson",
  "chat",
  "ads",
  "packaging",
  "other",
] as const;
export const channelTypeSchema = z.enum(CHANNEL_TYPES);
export type ChannelType = z.infer<typeof channelTypeSchema>;

/** Channels a customer reaches without a screen; used as the default of `Touchpoint.online`. */
export const OFFLINE_CHANNELS: ReadonlySet<ChannelType> = new Set(["phone", "inPerson", "packaging"]);
