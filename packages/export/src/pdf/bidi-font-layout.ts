import { visualRuns } from "./bidi-runs";

/**
 * The parts of fontkit's glyphs and fonts used here, declared locally: the module is reached
 * through pdfkit at run time, and apps that import `@kaart/export` typecheck it without the
 * package's own ambient declarations.
 */
interface Glyph {
  advanceWidth: number;
  codePoints: number[];
}
interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface Font {
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: "ltr" | "rtl"): { glyphs: Glyph[]; positions: GlyphPosition[] };
}

/** The parts of pdfkit's embedded font (not in its public types) the bidi layout replaces. */
interface EmbeddedFont {
  font: Font;
  scale: number;
  layout: (text: string, features?: unknown, onlyWidth?: boolean) => { glyphs: Glyph[]; positions: GlyphPosition[]; advanceWidth: number };
}

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "layout") === "function" &&
    typeof Reflect.get(value, "scale") === "number" &&
    typeof Reflect.get(Reflect.get(value, "font") ?? {}, "layout") === "function"
  );
}

/**
 * A glyph of a right-to-left run whose text (a ligature such as lam-alef) is reported in visual
 * order: the PDF draws RTL text in visual order and text extractors reverse it back, ligatures
 * included, so the characters come out in their logical order.
 */
function visualGlyph(glyph: Glyph): Glyph {
  if (glyph.codePoints.length < 2) return glyph;
  return Object.create(glyph, { codePoints: { value: [...glyph.codePoints].reverse() } });
}

/**
 * Replaces pdfkit's per-word layout of `font` with a per-line bidi layout. pdfkit shapes each
 * space-separated word on its own and concatenates them left to right, which scrambles Persian
 * lines (words in logical order, spaces on the wrong side). Here a line is cut into runs of one
 * direction in visual order (`visualRuns`) and each run is shaped whole by fontkit in its
 * direction, so Arabic script joins, ligates and reads right to left.
 */
export function installBidiLayout(font: unknown): void {
  if (!isEmbeddedFont(font) || Reflect.get(font, "kaartBidi") === true) return;
  const embedded = font;
  embedded.layout = (text) => {
    const glyphs: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    let advanceWidth = 0;
    for (const run of visualRuns(text)) {
      const shaped = embedded.font.layout(run.text, undefined, undefined, undefined, run.rtl ? "rtl" : "ltr");
      shaped.glyphs.forEach((glyph, i) => {
        const p = shaped.positions[i];
        const scaled = {
          xAdvance: (p?.xAdvance ?? 0) * embedded.scale,
          yAdvance: (p?.yAdvance ?? 0) * embedded.scale,
          xOffset: (p?.xOffset ?? 0) * embedded.scale,
          yOffset: (p?.yOffset ?? 0) * embedded.scale,
          advanceWidth: glyph.advanceWidth * embedded.scale,
        };
        glyphs.push(run.rtl ? visualGlyph(glyph) : glyph);
        positions.push(scaled);
        advanceWidth += scaled.xAdvance;
      });
    }
    return { glyphs, positions, advanceWidth };
  };
  Reflect.set(embedded, "kaartBidi", true);
}
