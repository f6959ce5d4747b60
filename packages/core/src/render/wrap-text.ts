import { measureText } from "./measure-text";
import type { TextStyle } from "./text-style";

const ELLIPSIS = "…";

/** Combining marks stay with the letter before them when a long word is cut. */
const COMBINING = /\p{M}/u;

/** Cuts a word wider than `maxWidth` into pieces that fit, never between a letter and its marks. */
function breakWord(word: string, maxWidth: number, style: TextStyle, vazirmatnFirst: boolean): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const ch of word) {
    const candidate = current + ch;
    if (current !== "" && !COMBINING.test(ch) && measureText(candidate, style, vazirmatnFirst) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else {
      current = candidate;
    }
  }
  if (current !== "") pieces.push(current);
  return pieces;
}

/**
 * Greedy line filling of one paragraph (no newlines inside). Widths add up (no kerning in the
 * measure), so a candidate line's width is the line's plus a space plus the word's.
 */
function wrapParagraph(paragraph: string, maxWidth: number, style: TextStyle, vazirmatnFirst: boolean): string[] {
  const lines: string[] = [];
  const space = measureText(" ", style, vazirmatnFirst);
  let line = "";
  let lineWidth = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
    const wordWidth = measureText(word, style, vazirmatnFirst);
    const candidate = line === "" ? wordWidth : lineWidth + space + wordWidth;
    if (candidate <= maxWidth) {
      line = line === "" ? word : `${line} ${word}`;
      lineWidth = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    const pieces = wordWidth <= maxWidth ? [word] : breakWord(word, maxWidth, style, vazirmatnFirst);
    line = pieces.pop() ?? "";
    lineWidth = measureText(line, style, vazirmatnFirst);
    lines.push(...pieces);
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Shortens the last kept line until it and an ellipsis fit. */
function withEllipsis(line: string, maxWidth: number, style: TextStyle, vazirmatnFirst: boolean): string {
  let chars = [...line];
  while (chars.length > 0 && measureText(chars.join("") + ELLIPSIS, style, vazirmatnFirst) > maxWidth) chars = chars.slice(0, -1);
  return chars.join("").trimEnd() + ELLIPSIS;
}

/**
 * Splits `text` into lines no wider than `maxWidth` (measured with the shipped fonts' widths),
 * breaking at spaces, keeping the author's line breaks, and cutting words longer than a line.
 * With `maxLines`, the text stops there and the last line ends in an ellipsis.
 *
 * @example
 * wrapText("Compare tariffs on the website", 80, { size: 12, weight: 400 }, false) // ["Compare tariffs", "on the website"]
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, vazirmatnFirst: boolean, maxLines = Infinity): string[] {
  const lines = text.split(/\r?\n/).flatMap((p) => wrapParagraph(p, maxWidth, style, vazirmatnFirst));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = withEllipsis(kept[last] ?? "", maxWidth, style, vazirmatnFirst);
  return kept;
}
