import { useSyncExternalStore } from "react";
import { localeSchema, type JourneyDocument, type JourneyMap } from "@kaart/core";
import { translationText } from "./translatable-fields";

/**
 * The language the map's content is shown in, chosen per map and independent of the interface
 * language. Kept outside React's tree so any component under the editor can read it without a
 * provider: the grid adopts it by reading `useContentLocale(doc)` where it reads
 * `doc.map.sourceLocale`, and `contentText` where it reads a record's text.
 */
const chosen = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setContentLocale(mapId: string, locale: string): void {
  if (!localeSchema.safeParse(locale).success) return;
  chosen.set(mapId, locale);
  version++;
  for (const l of listeners) l();
}

/** The chosen content language of the map; its source language when none is chosen or the chosen one was removed. */
/** The parts of the map record the content language depends on (not its `updatedAt`, which every edit stamps). */
export type ContentLocaleMap = Pick<JourneyMap, "id" | "sourceLocale" | "locales">;

export function contentLocaleOf(doc: { map: ContentLocaleMap }): string {
  const c = chosen.get(doc.map.id);
  return c && doc.map.locales.includes(c) ? c : doc.map.sourceLocale;
}

export function useContentLocale(doc: { map: ContentLocaleMap }): string {
  useSyncExternalStore(subscribe, () => version);
  return contentLocaleOf(doc);
}

/** A record's text in `locale`: its translation when there is one, else the source text. */
export function contentText(doc: { map: Pick<JourneyMap, "sourceLocale">; translations: JourneyDocument["translations"] }, locale: string, recordId: string, field: string, source: string): string {
  return locale === doc.map.sourceLocale ? source : (translationText(doc, locale, { recordId, field }) ?? source);
}
