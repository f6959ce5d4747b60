import { cellIdFor, emotionIdFor, emptyDocument, richText, type JourneyDocument, type StepId } from "@kaart/core";

/**
 * A small map whose text needs Latin Extended (Latvian, Czech) and Persian glyphs, for export
 * tests: each must come out of a PNG drawn and out of a PDF as real text.
 */
export function multilingualMap(sourceLocale = "lv"): JourneyDocument {
  const doc = emptyDocument({ mapId: "map:multi", title: "Klienta ceļš: konta atvēršana", now: "2026-01-01T00:00:00Z", sourceLocale });
  doc.stages["stage:one"] = { id: "stage:one", name: "Izpēte un salīdzināšana", order: "a0", kpis: [] };
  doc.stages["stage:two"] = { id: "stage:two", name: "آگاهی و سلام", order: "a1", kpis: [] };
  const steps: Array<[StepId, string, string]> = [
    ["step:a", "stage:one", "Salīdzina tarifus"],
    ["step:b", "stage:one", "Přečte si řeč podmínek"],
    ["step:c", "stage:two", "ثبت درخواست"],
  ];
  steps.forEach(([id, stageId, name], i) => {
    doc.steps[id] = { id, stageId: stageId === "stage:one" ? "stage:one" : "stage:two", name, order: `a${i}` };
  });
  doc.lanes["lane:do"] = { id: "lane:do", type: "actions", name: "Darbības", order: "a0" };
  doc.lanes["lane:feel"] = { id: "lane:feel", type: "emotions", name: "Emocijas", order: "a1" };
  const text = (stepId: StepId, value: string): void => {
    const id = cellIdFor("lane:do", stepId);
    doc.cells[id] = { id, laneId: "lane:do", stepId, content: { kind: "text", text: richText(value) } };
  };
  text("step:a", "Klients salīdzina mēneša maksu un šķiet, ka ir pārāk dārgi");
  text("step:b", "Zákazník čte řádky smlouvy");
  text("step:c", "مشتری فرم را پر می‌کند و منتظر تماس می‌ماند");
  (["step:a", "step:b", "step:c"] as const).forEach((stepId, i) => {
    const id = emotionIdFor(stepId, undefined, "asIs");
    doc.emotions[id] = { id, stepId, variant: "asIs", score: [1, -1, -2][i] ?? 0 };
  });
  return doc;
}
