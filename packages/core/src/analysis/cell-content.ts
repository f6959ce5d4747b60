import type { CellContent } from "../records/cell";

/**
 * Whether a cell says anything: blank text, an empty touchpoint list and the like are
 * placeholders left by an editor, not content. An image always counts (it has an asset).
 */
export function cellHasContent(content: CellContent): boolean {
  switch (content.kind) {
    case "text":
      return content.text.some((run) => /\S/.test(run.text));
    case "touchpoints":
      return content.touchpointIds.length > 0;
    case "metrics":
      return content.metrics.length > 0;
    case "links":
      return content.links.length > 0;
    case "evidence":
      return content.items.length > 0;
    case "image":
      return true;
  }
}
