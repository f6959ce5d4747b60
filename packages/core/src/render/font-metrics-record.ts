/**
 * Advance widths of one shipped font, in thousandths of an em, by code point range.
 * A width of -1 means the font has no glyph there (the next font of the stack draws it).
 */
export interface FontMetrics {
  family: string;
  weight: number;
  /** Above the baseline, thousandths of an em. */
  ascent: number;
  /** Below the baseline (positive), thousandths of an em. */
  descent: number;
  ranges: ReadonlyArray<readonly [start: number, widths: readonly number[]]>;
}
