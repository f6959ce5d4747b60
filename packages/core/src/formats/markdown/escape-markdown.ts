/**
 * Text made inert in Markdown: HTML is shown, not run (`<` → `&lt;`), and characters that would
 * make emphasis, links, code or table cells are backslash-escaped, so a name like
 * `[click](javascript:…)` or `<script>` reads as written.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1");
}

/** A paragraph of text: escaped, and a line that would start a heading, quote or list is guarded. */
export function escapeMarkdownBlock(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkdown(line.trim()).replace(/^([#+-]|\d+[.)])/, "\\$1"))
    .filter((line) => line !== "")
    .join("  \n");
}

/** Text for a table cell: escaped, line breaks as `<br>` (a table row is one line). */
export function escapeMarkdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .filter((line) => line !== "")
    .join("<br>");
}
