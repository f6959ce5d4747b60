import type { JourneyDocument } from "../document/journey-document";
import { diffEmotions } from "./emotion-diff";
import { diffMapInfo } from "./map-info-diff";
import type { MapDiff, TableDiff } from "./map-diff";
import { diffTable } from "./table-diff";
import { CARD_SPEC, CELL_SPEC, FLOW_SPEC, LANE_SPEC, PERSONA_SPEC, STAGE_SPEC, STEP_SPEC, TOUCHPOINT_SPEC } from "./table-specs";

/**
 * What changed from map `a` to map `b`: map info; stages, steps, lanes, cells, cards, personas,
 * touchpoints and flow edges added, removed, renamed, moved or changed (matched by id); emotion
 * scores per (step, persona, variant). Pure; neither document is changed. Rules: docs/analysis.md.
 *
 * @example
 * const diff = diffMaps(lastQuarter, today);
 * if (!diff.identical) console.log(formatDiffText(diff));
 */
export function diffMaps(a: JourneyDocument, b: JourneyDocument): MapDiff {
  const tables = {
    stages: diffTable(a, b, STAGE_SPEC),
    steps: diffTable(a, b, STEP_SPEC),
    lanes: diffTable(a, b, LANE_SPEC),
    cells: diffTable(a, b, CELL_SPEC),
    cards: diffTable(a, b, CARD_SPEC),
    personas: diffTable(a, b, PERSONA_SPEC),
    touchpoints: diffTable(a, b, TOUCHPOINT_SPEC),
    flows: diffTable(a, b, FLOW_SPEC),
  };
  const map = diffMapInfo(a, b);
  const emotions = diffEmotions(a, b);
  const identical = map.length === 0 && emotions.length === 0 && Object.values(tables).every(isEmpty);
  return { version: 1, identical, map, ...tables, emotions };
}

function isEmpty(t: TableDiff): boolean {
  return t.added.length + t.removed.length + t.renamed.length + t.moved.length + t.changed.length === 0;
}
