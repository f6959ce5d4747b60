import { useId, useMemo, useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { EventLogSummary } from "@kaart/contract";
import { Failure, useLogQuery } from "./log-query";
import { dfgSchema, funnelSchema, predictSchema, timeSchema, type FunnelView as FunnelData, type PredictView as PredictData, type TimeView } from "./query-results";

/** Every activity of the log, in code-point order (from the directly-follows graph, which names them all). */
function useActivities(log: EventLogSummary): string[] | undefined {
  const { data } = useLogQuery(log, { kind: "dfg", version: 1 }, (v) => dfgSchema.parse(v));
  return useMemo(() => (data ? [...new Set([...Object.keys(data.start), ...Object.keys(data.end), ...data.edges.flatMap((e) => [e.from, e.to])])].sort() : undefined), [data]);
}

function ActivityPicker({ label, activities, onPick, value }: { label: string; activities: string[]; onPick: (a: string) => void; value?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(e) => e.target.value && onPick(e.target.value)}>
        <option value="">{t("eventLogs.noColumn")}</option>
        {activities.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A funnel over steps the reader picks in order; cases reaching each, share of the first, median time from the previous. */
export function FunnelView({ log }: { log: EventLogSummary }) {
  const { t, i18n } = useTranslation();
  const activities = useActivities(log);
  const [steps, setSteps] = useState<string[]>([]);
  if (!activities) return <Failure />;
  return (
    <div className="stack">
      <ActivityPicker label={t("eventLogs.addStep")} activities={activities} onPick={(a) => setSteps([...steps, a])} />
      {steps.length > 0 && (
        <ol className="funnel-steps">
          {steps.map((s, i) => (
            <li key={`${i}-${s}`}>
              <span dir="auto">{s}</span>{" "}
              <Button aria-label={t("eventLogs.removeStep", { step: s })} onPress={() => setSteps(steps.filter((_, k) => k !== i))}>
                ×
              </Button>
            </li>
          ))}
        </ol>
      )}
      {steps.length > 0 && <FunnelTable log={log} steps={steps} locale={i18n.language} />}
    </div>
  );
}

function FunnelTable({ log, steps, locale }: { log: EventLogSummary; steps: string[]; locale: string }) {
  const { t } = useTranslation();
  const { data, error } = useLogQuery<FunnelData>(log, { kind: "funnel", version: 1, steps }, (v) => funnelSchema.parse(v));
  if (!data) return <Failure error={error} />;
  const n = new Intl.NumberFormat(locale);
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const first = data.steps[0]?.cases ?? 0;
  return (
    <table className="data-table">
      <caption>{t("eventLogs.funnel")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("eventLogs.step")}</th>
          <th scope="col">{t("eventLogs.cases")}</th>
          <th scope="col">{t("eventLogs.share")}</th>
          <th scope="col">{t("eventLogs.medianSeconds")}</th>
        </tr>
      </thead>
      <tbody>
        {data.steps.map((s, i) => (
          <tr key={i}>
            <th scope="row" dir="auto">
              {s.activity}
            </th>
            <td>
              <span className="bar-cell" aria-hidden="true" style={{ inlineSize: `${first ? (100 * s.cases) / first : 0}%` }} />
              {n.format(s.cases)}
            </td>
            <td>{pct.format(first ? s.cases / first : 0)}</td>
            <td>{s.medianSecondsFromPrevious === null ? "—" : n.format(Math.round(s.medianSecondsFromPrevious))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where time goes: the case duration and each activity's time until the next event. */
export function DurationsView({ log }: { log: EventLogSummary }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useLogQuery<TimeView>(log, { kind: "time", version: 1 }, (v) => timeSchema.parse(v));
  if (!data) return <Failure error={error} />;
  const n = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const rows = [{ activity: t("eventLogs.wholeCase"), ...data.cases }, ...data.activities];
  return (
    <table className="data-table">
      <caption>{t("eventLogs.durations")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("eventLogs.activities")}</th>
          <th scope="col">{t("eventLogs.count")}</th>
          <th scope="col">{t("eventLogs.meanSeconds")}</th>
          <th scope="col">{t("eventLogs.medianSeconds")}</th>
          <th scope="col">{t("eventLogs.p90Seconds")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row" dir="auto">
              {r.activity}
            </th>
            <td>{n.format(r.count)}</td>
            <td>{n.format(r.meanSeconds)}</td>
            <td>{n.format(r.medianSeconds)}</td>
            <td>{n.format(r.p90Seconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What customers do next after an activity the reader picks, with the model's held-out accuracy. */
export function PredictView({ log }: { log: EventLogSummary }) {
  const { t } = useTranslation();
  const activities = useActivities(log);
  const [after, setAfter] = useState<string>();
  if (!activities) return <Failure />;
  return (
    <div className="stack">
      <ActivityPicker label={t("eventLogs.after")} activities={activities} value={after} onPick={setAfter} />
      {after && <PredictTable log={log} after={after} />}
    </div>
  );
}

function PredictTable({ log, after }: { log: EventLogSummary; after: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useLogQuery<PredictData>(log, { kind: "predict", version: 1, after }, (v) => predictSchema.parse(v));
  if (!data) return <Failure error={error} />;
  const pct = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  return (
    <>
      <table className="data-table">
        <caption>{t("eventLogs.nextAfter", { activity: after })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("eventLogs.next")}</th>
            <th scope="col">{t("eventLogs.probability")}</th>
          </tr>
        </thead>
        <tbody>
          {data.next.map((r) => (
            <tr key={r.activity ?? "\u0000end"}>
              <td dir="auto">{r.activity ?? t("eventLogs.caseEnds")}</td>
              <td>{pct.format(r.probability)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.accuracy !== null && <p className="muted">{t("eventLogs.accuracy", { value: pct.format(data.accuracy) })}</p>}
    </>
  );
}
