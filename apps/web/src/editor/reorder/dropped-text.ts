import { isTextDropItem, type DropItem } from "react-aria-components";

/**
 * The text of type `type` among dropped items, or undefined. It is whatever the drag source put
 * there (possibly another tab or another map), so callers look it up in the document before use.
 */
export async function droppedText(items: DropItem[], type: string): Promise<string | undefined> {
  const item = items.find((i) => isTextDropItem(i) && i.types.has(type));
  return item && isTextDropItem(item) ? item.getText(type) : undefined;
}
