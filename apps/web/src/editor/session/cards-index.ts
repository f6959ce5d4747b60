import { byOrder, type Card, type JourneyDocument } from "@kaart/core";

/**
 * The cards of every cell, built once per cards table: the document reader hands out the same
 * table object until a card changes, so 800 cells looking up their cards after a keystroke cost
 * one lookup each instead of a scan of every card each.
 */
const byCell = new WeakMap<JourneyDocument["cards"], Map<string, Card[]>>();
const NONE: Card[] = [];

function indexOf(cards: JourneyDocument["cards"]): Map<string, Card[]> {
  let index = byCell.get(cards);
  if (index) return index;
  index = new Map();
  for (const card of Object.values(cards)) {
    // A card sits on a step or, in a stage-wide lane, on a stage: the same cell key either way.
    const at = card.stepId ?? card.stageId;
    if (!at) continue;
    const key = `${card.laneId}|${at}`;
    const list = index.get(key);
    if (list) list.push(card);
    else index.set(key, [card]);
  }
  for (const list of index.values()) list.sort(byOrder);
  byCell.set(cards, index);
  return index;
}

/** Cards of the cell at (lane, step or stage), in order: what core's `cardsAt` gives, from the index. */
export function indexedCardsAt(doc: Pick<JourneyDocument, "cards">, laneId: string, at: string): Card[] {
  return indexOf(doc.cards).get(`${laneId}|${at}`) ?? NONE;
}
