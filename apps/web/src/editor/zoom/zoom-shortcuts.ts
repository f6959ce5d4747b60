import type { KeyboardEvent } from "react";
import type { ZoomStore } from "./zoom-store";
import { stepZoom } from "./zoom-levels";

/**
 * Ctrl/⌘ with + (or =), − and 0 zoom the grid instead of the page. The editor calls this from its
 * own keydown handler, so it applies only while focus is inside the editor and the browser's page
 * zoom works everywhere else. Returns whether the key was a zoom shortcut.
 */
export function handleZoomShortcut(store: ZoomStore, e: KeyboardEvent): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
  if (e.key === "+" || e.key === "=") store.set(stepZoom(store.get(), 1));
  else if (e.key === "-" || e.key === "_") store.set(stepZoom(store.get(), -1));
  else if (e.key === "0") store.set(1);
  else return false;
  e.preventDefault();
  return true;
}
