import { memo, useDeferredValue, useMemo } from "react";
import { Button, Heading } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { analyzeMap, type JourneyDocument } from "@kaart/core";
import { useEditorActions, useSettledDocument } from "../editor/session/EditorContext";
import { focusLocation } from "./focus-location";
import { OpportunityMatrix } from "./OpportunityMatrix";

const ANALYSIS_QUIET_MS = 400;

interface Finding {
  key: string;
  label: string;
  detail?: string;
  location: { laneId?: string; stepId?: string };
}

/** What `analyzeMap` finds (ranked pain points, opportunities, moments, gaps), each linking to its cell. */
export function AnalysisPanel() {
  const { t } = useTranslation();
  const { personaId } = useEditorActions();
  // Re-analysed once typing pauses, not per keystroke: analysing and redrawing a large map's
  // findings costs more than a keystroke may.
  const settled = useSettledDocument(ANALYSIS_QUIET_MS);
  // The first analysis renders after the map has appeared, in the background.
  const doc = useDeferredValue<JourneyDocument | undefined>(settled, undefined);
  const analysis = useMemo(() => (doc ? analyzeMap(doc) : undefined), [doc]);
  if (!doc || !analysis) {
    return (
      <aside className="side-panel" aria-labelledby="analysis-title">
        <Heading level={2} id="analysis-title">
          {t("analysis.title")}
        </Heading>
        <p className="muted">{t("app.loading")}</p>
      </aside>
    );
  }
  const stepName = (id: string) => doc.steps[id]?.name || t("editor.unnamed");
  const sections: { title: string; items: Finding[] }[] = [
    {
      title: t("lanes.painPoints"),
      items: analysis.painPoints.map((p) => ({ key: p.cardId, label: `${p.rank}. ${p.title}`, detail: t("cards.severityBadge", { value: p.severity }), location: p.location })),
    },
    {
      title: t("lanes.opportunities"),
      items: analysis.opportunities.map((o) => ({ key: o.cardId, label: `${o.rank}. ${o.title}`, detail: t(`analysis.quadrants.${o.quadrant}`), location: o.location })),
    },
    {
      title: t("moments.badge"),
      items: [
        ...analysis.moments.flagged.map((m) => ({ key: `flag-${m.stepId}`, label: stepName(m.stepId), detail: m.why, location: m.location })),
        ...analysis.moments.curves
          .filter((c) => (c.personaId ?? undefined) === personaId)
          .flatMap((c) => c.drops.map((d) => ({ key: `drop-${d.stepId}`, label: stepName(d.stepId), detail: t("analysis.drop"), location: d.location }))),
      ],
    },
    {
      title: t("analysis.gapsTitle"),
      items: analysis.gaps.map((g) => ({ key: `${g.kind}-${g.subjectId}`, label: t(`analysis.gaps.${g.kind}`), detail: subjectName(doc, g.subjectId), location: g.location })),
    },
  ];
  const count = sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <aside className="side-panel" aria-labelledby="analysis-title">
      <Heading level={2} id="analysis-title">
        {t("analysis.title")}
      </Heading>
      <p className="muted">{count === 0 ? t("analysis.empty") : t("analysis.findings", { count })}</p>
      <OpportunityMatrix />
      {sections
        .filter((s) => s.items.length > 0)
        .map((s) => (
          <section key={s.title}>
            <h3>{s.title}</h3>
            <ul className="findings">
              {s.items.map((f) => (
                <FindingItem key={f.key} name={t("analysis.goTo", { place: f.detail ? `${f.label} — ${f.detail}` : f.label })} label={f.label} detail={f.detail} laneId={f.location.laneId} stepId={f.location.stepId} />
              ))}
            </ul>
          </section>
        ))}
    </aside>
  );
}

function subjectName(doc: JourneyDocument, id: string): string {
  return doc.stages[id]?.name ?? doc.steps[id]?.name ?? doc.lanes[id]?.name ?? doc.touchpoints[id]?.name ?? doc.personas[id]?.name ?? "";
}

/**
 * One finding, memoized on its words and place: after a pause in typing the map is analysed again,
 * and only the findings that changed are drawn again (a large map has a hundred or more).
 */
const FindingItem = memo(function FindingItem({ name, label, detail, laneId, stepId }: { name: string; label: string; detail?: string; laneId?: string; stepId?: string }) {
  return (
    <li>
      <Button className="finding" aria-label={name} onPress={() => focusLocation({ laneId, stepId })}>
        <span dir="auto">{label}</span>
        {detail && (
          <span className="muted small" dir="auto">
            {detail}
          </span>
        )}
      </Button>
    </li>
  );
});
