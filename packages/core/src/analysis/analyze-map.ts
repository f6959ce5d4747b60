import type { JourneyDocument } from "../document/journey-document";
import { analysisOptionsSchema, type AnalysisOptionsInput } from "./analysis-options";
import { findGaps } from "./gaps";
import { findInconsistencies } from "./inconsistencies";
import { indexMap } from "./map-index";
import type { MapAnalysis } from "./map-analysis";
import { findMoments } from "./moments";
import { rankOpportunities } from "./opportunities";
import { rankPainPoints } from "./pain-points";

/**
 * Analyses a map on its own: moments that matter, the worst pain points, gaps, inconsistent
 * scores and the ranked opportunities. Pure and linear in the map's size; every finding carries
 * a location (JSON Pointer and grid ids). Formulas, thresholds and tie-breaks: docs/analysis.md.
 * Throws a ZodError when `options` are invalid (they may come from a command line).
 *
 * @example
 * const analysis = analyzeMap(doc, { variant: "asIs" });
 * for (const p of analysis.painPoints.slice(0, 3)) console.log(p.rank, p.title, p.priority);
 */
export function analyzeMap(doc: JourneyDocument, options: AnalysisOptionsInput = {}): MapAnalysis {
  const settings = analysisOptionsSchema.parse(options);
  const index = indexMap(doc, settings.variant);
  return {
    version: 1,
    variant: settings.variant,
    scale: doc.map.emotionScale,
    settings,
    summary: {
      stages: index.stages.length,
      steps: index.steps.length,
      lanes: index.lanes.length,
      personas: index.personas.length,
      cards: Object.keys(doc.cards).length,
      emotionPoints: index.curves.reduce((n, c) => n + c.points.length, 0),
    },
    moments: findMoments(index),
    painPoints: rankPainPoints(index, settings),
    gaps: findGaps(index),
    inconsistencies: findInconsistencies(index, settings),
    opportunities: rankOpportunities(index, settings),
  };
}
