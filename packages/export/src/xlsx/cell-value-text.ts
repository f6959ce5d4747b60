import type { CellValue } from "exceljs";

/**
 * The text of a spreadsheet cell as the grid reader wants it. A formula is never evaluated or
 * kept as a formula: its cached result is used, or else its source as plain text.
 */
export function cellValueText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = "result" in value ? value.result : undefined;
    if (result !== undefined && result !== null && typeof result !== "object") return String(result);
    return "formula" in value && typeof value.formula === "string" ? `=${value.formula}` : "";
  }
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellValueText(value.text);
  if ("error" in value) return "";
  return "";
}
