import { toPointer } from "../document/document-issue";
import { plainText } from "../records/rich-text";
import type { LintRule } from "./lint-warning";

/** Names longer than this wrap into several lines of a column header. */
export const LONG_NAME = 80;
/** Cell text longer than this no longer fits a cell and is better kept in evidence or a note. */
export const LONG_CELL_TEXT = 600;

/** Names and cell texts short enough to read on the map. */
export const textLengthRules: LintRule = (doc, report) => {
  const name = (table: "stages" | "steps" | "lanes", id: string, text: string) => {
    if (text.length > LONG_NAME) report("long_text", toPointer([table, id, "name"]), `name has ${text.length} characters (more than ${LONG_NAME})`);
  };
  for (const [id, s] of Object.entries(doc.stages)) name("stages", id, s.name);
  for (const [id, s] of Object.entries(doc.steps)) name("steps", id, s.name);
  for (const [id, l] of Object.entries(doc.lanes)) name("lanes", id, l.name);
  for (const [id, c] of Object.entries(doc.cells)) {
    const length = c.content.kind === "text" ? plainText(c.content.text).length : 0;
    if (length > LONG_CELL_TEXT) report("long_text", toPointer(["cells", id, "content", "text"]), `cell text has ${length} characters (more than ${LONG_CELL_TEXT})`);
  }
};
