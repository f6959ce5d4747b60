/**
 * Escapes text for XML content and attribute values. Every string from a document passes through
 * here before it reaches the SVG, so `<script>` in a stage name renders as the text `<script>`.
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates) are dropped: one stray control
 * character would otherwise make the whole SVG unreadable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
