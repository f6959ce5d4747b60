/**
 * Spreadsheet formula injection: a cell whose text starts with `=` `+` `-` `@` (or a tab or
 * carriage return, which some programs skip) is run as a formula when the file is opened. Such
 * cells are written with a leading `'`, which spreadsheets show as text; reading removes it again,
 * so `-2` survives the round trip as `-2`. Text that already starts with quotes before such a
 * character gets one more, so it too reads back as written.
 *
 * @example
 * escapeFormula("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 */
export function escapeFormula(text: string): string {
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The inverse of `escapeFormula`: drops the `'` that `escapeFormula` adds, and only that one.
 *
 * @example
 * unescapeFormula("'-2") // "-2"
 */
export function unescapeFormula(text: string): string {
  return /^''*[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
