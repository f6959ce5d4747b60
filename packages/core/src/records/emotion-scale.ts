import { z } from "zod";

/**
 * The scale emotion scores are declared on. Scores are stored as entered; converting between
 * scales (Mermaid 1–5, Smaply −2..+2, Qualtrics −5..+5, CSAT 1–5, NPS 0–10) is explicit and linear
 * between the declared bounds, so nothing is converted behind the user's back.
 *
 * @example
 * convertScore(5, EMOTION_SCALES.mermaid, EMOTION_SCALES.kaart) // 2
 */
export const emotionScaleSchema = z
  .strictObject({
    name: z.enum(["kaart", "mermaid", "smaply", "qualtrics", "csat", "nps", "custom"]),
    min: z.number().finite(),
    max: z.number().finite(),
  })
  .refine((s) => s.max > s.min, { message: "an emotion scale's max must be greater than its min" });
export type EmotionScale = z.infer<typeof emotionScaleSchema>;

export const EMOTION_SCALES = {
  kaart: { name: "kaart", min: -2, max: 2 },
  mermaid: { name: "mermaid", min: 1, max: 5 },
  smaply: { name: "smaply", min: -2, max: 2 },
  qualtrics: { name: "qualtrics", min: -5, max: 5 },
  csat: { name: "csat", min: 1, max: 5 },
  nps: { name: "nps", min: 0, max: 10 },
} as const satisfies Record<string, EmotionScale>;

/** Linear conversion of a score between two scales. */
export function convertScore(score: number, from: EmotionScale, to: EmotionScale): number {
  const t = (score - from.min) / (from.max - from.min);
  return to.min + t * (to.max - to.min);
}

/** A score as a fraction of its scale: 0 at the minimum, 1 at the maximum. */
export function normalizeScore(score: number, scale: EmotionScale): number {
  return (score - scale.min) / (scale.max - scale.min);
}
