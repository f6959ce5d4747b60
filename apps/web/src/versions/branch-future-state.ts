import type { KaartClient } from "@kaart/contract";

/**
 * Copies the map as the start of its future state: the server's copy links back with relation
 * "copy", which is then changed to "futureState" so the new map knows what it is. Returns its id.
 */
export async function branchFutureState(api: Pick<KaartClient, "duplicateMap" | "getMap" | "replaceDocument">, mapId: string, title: string): Promise<string> {
  const copy = await api.duplicateMap({ params: { mapId }, body: { title } });
  const { document } = await api.getMap({ params: { mapId: copy.id } });
  const derivedFrom = { ...(document.map.derivedFrom ?? { mapId }), relation: "futureState" as const };
  await api.replaceDocument({ params: { mapId: copy.id }, body: { document: { ...document, map: { ...document.map, derivedFrom } } } });
  return copy.id;
}
