import { toPointer } from "../document/document-issue";
import type { LintRule } from "./lint-warning";

/** Alt text on images and persona photos, and the map's accessibility title and description. */
export const accessibilityRules: LintRule = (doc, report) => {
  if (doc.map.title.trim() === "") report("missing_title", "/map/title", "the map has no title");
  if (!doc.map.accessibility.title?.trim()) {
    report("missing_accessibility_title", "/map/accessibility/title", "add a short title screen readers announce for the map");
  }
  if (!doc.map.accessibility.description?.trim()) {
    report("missing_accessibility_description", "/map/accessibility/description", "add a description of what the map shows for people who cannot see it");
  }
  for (const [id, cell] of Object.entries(doc.cells)) {
    if (cell.content.kind === "image" && cell.content.alt.trim() === "") {
      report("image_without_alt", toPointer(["cells", id, "content", "alt"]), "describe the image in its alt text");
    }
  }
  for (const [id, persona] of Object.entries(doc.personas)) {
    if (persona.avatar?.assetId && persona.avatar.alt.trim() === "") {
      report("persona_photo_without_alt", toPointer(["personas", id, "avatar", "alt"]), `describe the photo of ${persona.name}`);
    }
  }
};
