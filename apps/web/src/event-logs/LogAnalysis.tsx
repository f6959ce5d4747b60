import { useEffect, useState } from "react";
import { Label, Slider, SliderOutput, SliderThumb, SliderTrack, Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { EventLogSummary } from "@kaart/contract";
import { api } from "../api/api-client";
import { dfgSchema, statsSchema, variantsSchema, type DfgView, type StatsView, type VariantsView } from "./query-results";

/** Runs one analytics query against a log through the API; undefined while it runs. */
function useQuery<T>(log: EventLogSummary, body: { kind: string; version: number; [k: string]: unknown }, parse: (v: unknown) => T): { data?: T; error?: string } {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  const key = JSON.stringify(body);
  useEffect(() => {
    let live = true;
    setState({});
    api
      .queryEventLog({ params: { workspaceId: log.workspaceId, logId: log.id }, body })
      .then((r) => live && setState({ data: parse(r) }))
      .catch((e: unknown) => live && setState({ error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [log.id, key]);
  return state;
}

/** The analysis views of one log: summary, transitions (with a frequency filter) and variants; every view is a table. */
export function LogAnalysis({ log }: { log: EventLogSummary }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="analysis-title" className="stack">
      <h2 id="analysis-title" dir="auto">
        {log.name}
      </h2>
      <Tabs>
        <TabList aria-label={t("eventLogs.analyse")}>
          <Tab id="summary">{t("eventLogs.summary")}</Tab>
          <Tab id="dfg">{t("eventLogs.dfg")}</Tab>
          <Tab id="variants">{t("eventLogs.variants")}</Tab>
        </TabList>
        <TabPanel id="summary">
          <Summary log={log} />
        </TabPanel>
        <TabPanel id="dfg">
          <Transitions log={log} />
        </TabPanel>
        <TabPanel id="variants">
          <Variants log={log} />
        </TabPanel>
      </Tabs>
    </section>
  );
}

function Failure({ error }: { error?: string }) {
  const { t } = useTranslation();
  return error ? (
    <p role="alert" className="error">
      {t("app.error", { message: error })}
    </p>
  ) : (
    <p>{t("app.loading")}</p>
  );
}

function Summary({ log }: { log: EventLogSummary }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery<StatsView>(log, { kind: "stats", version: 1 }, (v) => statsSchema.parse(v));
  if (!data) return <Failure error={error} />;
  const n = new Intl.NumberFormat(i18n.language);
  const rows: [string, string][] = [
    [t("eventLogs.events"), n.format(data.events)],
    [t("eventLogs.cases"), n.format(data.cases)],
    [t("eventLogs.activities"), n.format(data.activities)],
    [t("eventLogs.variants"), n.format(data.variants)],
    [t("eventLogs.from"), data.from ?? "—"],
    [t("eventLogs.to"), data.to ?? "—"],
  ];
  return (
    <table className="data-table">
      <caption>{t("eventLogs.summary")}</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Transitions({ log }: { log: EventLogSummary }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery<DfgView>(log, { kind: "dfg", version: 1 }, (v) => dfgSchema.parse(v));
  const [min, setMin] = useState(1);
  if (!data) return <Failure error={error} />;
  const most = Math.max(1, ...data.edges.map((e) => e.count));
  const edges = data.edges.filter((e) => e.count >= min).sort((a, b) => b.count - a.count);
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <div className="stack">
      <Slider value={min} onChange={setMin} minValue={1} maxValue={most} className="slider">
        <Label>{t("eventLogs.minCount")}</Label>
        <SliderOutput />
        <SliderTrack className="slider-track">
          <SliderThumb className="slider-thumb" />
        </SliderTrack>
      </Slider>
      <table className="data-table">
        <caption>{t("eventLogs.dfg")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("eventLogs.from")}</th>
            <th scope="col">{t("eventLogs.to")}</th>
            <th scope="col">{t("eventLogs.count")}</th>
            <th scope="col">{t("eventLogs.medianSeconds")}</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e) => (
            <tr key={`${e.from}\u0000${e.to}`}>
              <td dir="auto">{e.from}</td>
              <td dir="auto">{e.to}</td>
              <td>{n.format(e.count)}</td>
              <td>{n.format(Math.round(e.medianSeconds))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Variants({ log }: { log: EventLogSummary }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery<VariantsView>(log, { kind: "variants", version: 1, top: 50 }, (v) => variantsSchema.parse(v));
  if (!data) return <Failure error={error} />;
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <table className="data-table">
      <caption>{t("eventLogs.variants")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("eventLogs.path")}</th>
          <th scope="col">{t("eventLogs.cases")}</th>
        </tr>
      </thead>
      <tbody>
        {data.variants.map((v) => (
          <tr key={v.activities.join("\u0000")}>
            <td dir="auto">{v.activities.join(" → ")}</td>
            <td>{n.format(v.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
