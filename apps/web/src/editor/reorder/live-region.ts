import { useCallback, useEffect } from "react";

interface Region {
  element: HTMLElement;
  users: number;
}

const regions = new WeakMap<Document, Region>();

/**
 * One polite live region per page for reordering announcements, kept in `<body>` while anything
 * that may announce is mounted. It must exist before the first message, or screen readers miss
 * it, so it is attached on mount rather than when a move happens.
 */
function attach(doc: Document): () => void {
  let region = regions.get(doc);
  if (!region) {
    const element = doc.createElement("div");
    element.setAttribute("aria-live", "polite");
    element.setAttribute("data-reorder-announcements", "");
    element.className = "visually-hidden";
    doc.body.append(element);
    region = { element, users: 0 };
    regions.set(doc, region);
  }
  region.users++;
  const held = region;
  return () => {
    if (--held.users > 0) return;
    held.element.remove();
    regions.delete(doc);
  };
}

/**
 * Says `text` in the region. Each message is a new node replacing the last, so saying the same
 * words twice ("moved to position 2 of 3" after moving back and forth) is still announced.
 */
function announce(doc: Document, text: string): void {
  const region = regions.get(doc);
  if (!region) return;
  const line = doc.createElement("div");
  line.textContent = text;
  region.element.replaceChildren(line);
}

/** `announce(text)` into the page's reordering live region, which lives while the caller is mounted. */
export function useLiveRegion(): (text: string) => void {
  useEffect(() => attach(document), []);
  return useCallback((text: string) => announce(document, text), []);
}
