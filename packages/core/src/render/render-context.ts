import type { JourneyDocument } from "../document/journey-document";
import type { Card } from "../records/card";
import type { LaneId, PersonaId, StageId, StepId } from "../records/ids";
import { byOrder } from "../records/order-key";
import type { RichText } from "../records/rich-text";
import { localizedText } from "./localized-text";
import { isRtlLocale } from "./text-direction";
import { uiLabels, type UiLabels } from "./ui-labels";

/**
 * How `text-anchor` is written for right-to-left text. `logical` follows SVG (with
 * `direction="rtl"`, `start` is the right edge): browsers and svg-to-pdfkit read it so.
 * `physical` writes `end` for the right edge, for resvg, which anchors by the physical side.
 */
export type AnchorMode = "logical" | "physical";

/** Everything the drawing functions share for one rendering. */
export interface RenderContext {
  doc: JourneyDocument;
  locale: string;
  rtl: boolean;
  anchors: AnchorMode;
  labels: UiLabels;
  /** Only this persona's lanes and curve are drawn, when set. */
  personaId: PersonaId | undefined;
  /** Prefix of every `id` in the SVG, so several maps can live in one HTML page. */
  idPrefix: string;
  /** A record field's text in the rendered locale. */
  text(recordId: string, field: string, source: string | RichText | undefined): string;
  /** Cards at (lane, step or stage) in order, from an index built once per rendering. */
  cardsAt(laneId: LaneId, at: StepId | StageId): readonly Card[];
}

export interface RenderOptions {
  personaId?: PersonaId;
  locale?: string;
  anchors?: AnchorMode;
}

/** Cards grouped by the cell they sit in: a large map has thousands, looked up once per cell. */
function indexCards(doc: JourneyDocument): Map<string, Card[]> {
  const index = new Map<string, Card[]>();
  for (const card of Object.values(doc.cards)) {
    const key = `${card.laneId}|${card.stepId ?? card.stageId}`;
    const list = index.get(key);
    if (list) list.push(card);
    else index.set(key, [card]);
  }
  for (const list of index.values()) list.sort(byOrder);
  return index;
}

export function createRenderContext(doc: JourneyDocument, options: RenderOptions): RenderContext {
  const locale = options.locale ?? doc.map.sourceLocale;
  const cards = indexCards(doc);
  return {
    doc,
    locale,
    rtl: isRtlLocale(locale),
    anchors: options.anchors ?? "logical",
    labels: uiLabels(locale),
    personaId: options.personaId,
    idPrefix: `kaart-${doc.map.id.replace(/[^A-Za-z0-9_-]/g, "-")}`,
    text: (recordId, field, source) => localizedText(doc, locale, recordId, field, source),
    cardsAt: (laneId, at) => cards.get(`${laneId}|${at}`) ?? [],
  };
}
