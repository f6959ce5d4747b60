/**
 * Mermaid entity codes (`#58;`, `#colon;`): Mermaid swaps them out before parsing and the browser
 * decodes them in the SVG, so they are how a name can hold `:` `;` `#` `,` or a line break.
 * The reader decodes them; the writer uses them for the characters Mermaid's grammar reserves.
 */
const NAMED: Record<string, string> = {
  colon: ":", semi: ";", num: "#", comma: ",", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  nbsp: "\u00a0", lbrace: "{", rbrace: "}", percnt: "%", NewLine: "\n", Tab: "\t",
};

/** Text with every `#…;` code Mermaid recognises replaced by its character; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/#(\w+);/g, (whole, inner: string) => {
    if (/^\+?\d+$/.test(inner)) {
      const code = Number(inner);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[inner] ?? whole;
  });
}

/** Encodes the characters of `reserved` (and any `#`, which would start a code or a comment) as `#<code point>;`. */
export function encodeEntities(text: string, reserved: string): string {
  let out = "";
  for (const ch of text) out += ch === "#" || reserved.includes(ch) ? `#${ch.codePointAt(0)};` : ch;
  return out;
}
