import type { Kpi } from "@kaart/core";
import type { StepMetrics } from "./step-metrics";

/**
 * The KPI list written into a step's metrics cell: cases reaching, conversion, drop-off and the
 * median time from the previous step (in minutes, hours or days, whichever reads best).
 */
export function metricKpis(m: StepMetrics, context: { measuredAt: string; source: string }): Kpi[] {
  const stamp = { measuredAt: context.measuredAt, source: context.source };
  const kpis: Kpi[] = [
    { name: "Cases reaching", value: m.cases, unit: "cases", ...stamp },
    { name: "Conversion", value: round(m.conversion * 100), unit: "%", ...stamp },
    { name: "Drop-off", value: round(m.dropOff * 100), unit: "%", ...stamp },
  ];
  if (m.medianSecondsFromPrevious !== null) kpis.push({ name: "Median time from previous step", ...readableDuration(m.medianSecondsFromPrevious), ...stamp });
  return kpis;
}

function readableDuration(seconds: number): { value: number; unit: string } {
  if (seconds < 3600) return { value: round(seconds / 60), unit: "min" };
  if (seconds < 48 * 3600) return { value: round(seconds / 3600), unit: "h" };
  return { value: round(seconds / 86_400), unit: "d" };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
