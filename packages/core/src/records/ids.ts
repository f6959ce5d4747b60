import { z } from "zod";

/**
 * Record ids say what they point at: `stage:k3J9x…`, `persona:…`. The prefix makes a stray id
 * (a step id used where a lane id belongs) fail validation instead of silently dangling.
 *
 * @example
 * const id = newId("stage"); // "stage:V1StGXR8_Z5jdHi6B-myT"
 */
export const ID_PREFIXES = [
  "map",
  "stage",
  "step",
  "lane",
  "cell",
  "card",
  "emotion",
  "persona",
  "touchpoint",
  "flow",
  "anchor",
  "tr",
] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

/** A record id of one kind, e.g. `Id<"stage">` is `stage:${string}`. */
export type Id<P extends IdPrefix> = `${P}:${string}`;

export type MapId = Id<"map">;
export type StageId = Id<"stage">;
export type StepId = Id<"step">;
export type LaneId = Id<"lane">;
export type CellId = Id<"cell">;
export type CardId = Id<"card">;
export type EmotionId = Id<"emotion">;
export type PersonaId = Id<"persona">;
export type TouchpointId = Id<"touchpoint">;
export type FlowId = Id<"flow">;
export type AnchorId = Id<"anchor">;
export type TranslationId = Id<"tr">;

/** The part after the prefix: letters, digits, `_`, `-` and `.`, at most 120 characters. */
const SUFFIX = "[A-Za-z0-9_.~-]{1,120}";

/** Schema for an id of one kind; rejects other prefixes and odd characters. */
export function idSchema<P extends IdPrefix>(prefix: P) {
  const pattern = new RegExp(`^${prefix}:${SUFFIX}$`);
  return z
    .string()
    .regex(pattern, { message: `expected an id of the form ${prefix}:<letters, digits, _ . ~ ->` })
    .transform((s) => s as Id<P>);
}

/** True when `value` is an id of kind `prefix`. */
export function isId<P extends IdPrefix>(prefix: P, value: unknown): value is Id<P> {
  return typeof value === "string" && new RegExp(`^${prefix}:${SUFFIX}$`).test(value);
}

/** The part of an id after its prefix. */
export function idSuffix(id: string): string {
  const colon = id.indexOf(":");
  return colon < 0 ? id : id.slice(colon + 1);
}

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";

/** A source of randomness, injected so tests and templates can make ids deterministically. */
export type RandomSource = (bytes: number) => Uint8Array;

/** The part of Web Crypto core needs; core compiles without DOM or Node types. */
interface WebCrypto {
  getRandomValues(array: Uint8Array): Uint8Array;
}

/** Web Crypto randomness: present in browsers and in Node ≥ 19 as `globalThis.crypto`. */
export const cryptoRandom: RandomSource = (bytes) =>
  (globalThis as unknown as { crypto: WebCrypto }).crypto.getRandomValues(new Uint8Array(bytes));

/** A new id with 126 random bits (21 characters of a 64-letter alphabet). */
export function newId<P extends IdPrefix>(prefix: P, random: RandomSource = cryptoRandom): Id<P> {
  const bytes = random(21);
  let suffix = "";
  for (const b of bytes) suffix += ALPHABET[b & 63];
  return `${prefix}:${suffix}` as Id<P>;
}
