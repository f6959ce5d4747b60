import { normalizeScore, type EmotionScale } from "../records/emotion-scale";
import { num } from "./svg-text";

/** Five levels from very negative (0) to very positive (4). */
export type EmotionLevel = 0 | 1 | 2 | 3 | 4;

/** The level of a score on its scale; scores off the scale count as its nearest end. */
export function emotionLevel(score: number, scale: EmotionScale): EmotionLevel {
  const t = Math.min(1, Math.max(0, normalizeScore(score, scale)));
  const level = Math.min(4, Math.floor(t * 5));
  return level === 0 || level === 1 || level === 2 || level === 3 ? level : 4;
}

/** Marker fills by level: red to green, but the face's mouth carries the level without colour. */
export const LEVEL_COLORS: readonly [string, string, string, string, string] = ["#c53030", "#dd6b20", "#a0aec0", "#68a357", "#2f855a"];

/** Mouths on a face of radius 8 centred at 0,0: deep frown, frown, flat, smile, open laugh. */
const MOUTHS: readonly [string, string, string, string, string] = [
  `<path d="M-4.2 4.6Q0-0.6 4.2 4.6" fill="none"/>`,
  `<path d="M-3.8 3.8Q0 1.4 3.8 3.8" fill="none"/>`,
  `<path d="M-3.8 2.8H3.8" fill="none"/>`,
  `<path d="M-3.8 1.6Q0 4.4 3.8 1.6" fill="none"/>`,
  `<path d="M-4.4 1H4.4Q0 7.4-4.4 1Z" fill="#1a202c"/>`,
];

/**
 * A face marker for an emotion point. Levels differ in shape (the mouth), not only in colour;
 * a to-be point is drawn hollow (white face, coloured rim) so it reads apart from as-is.
 *
 * @example
 * emotionMarker(4, 100, 50, "asIs") // "<g data-level=\"4\" …>…</g>"
 */
export function emotionMarker(level: EmotionLevel, cx: number, cy: number, variant: "asIs" | "toBe", rim = "#1a202c"): string {
  const fill = variant === "asIs" ? LEVEL_COLORS[level] : "#ffffff";
  const stroke = variant === "asIs" ? "#1a202c" : rim;
  return (
    `<g data-level="${level}" data-variant="${variant}" transform="translate(${num(cx)} ${num(cy)})" stroke="#1a202c" stroke-width="1.3" stroke-linecap="round">` +
    `<circle r="8" fill="${fill}" stroke="${stroke}" stroke-width="${variant === "asIs" ? 1.3 : 2}"/>` +
    `<circle cx="-2.8" cy="-2.2" r="1.1" fill="#1a202c" stroke="none"/><circle cx="2.8" cy="-2.2" r="1.1" fill="#1a202c" stroke="none"/>` +
    MOUTHS[level] +
    `</g>`
  );
}
