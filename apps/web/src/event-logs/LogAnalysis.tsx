import { useMemo, useState } from "react";
import { Label, Slider, SliderOutput, SliderThumb, SliderTrack, Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { EventLogSummary } from "@kaart/contract";
import { DfgGraph } from "./DfgGraph";
import { DurationsView, FunnelView, PredictView } from "./FlowViews";
import { Failure, useLogQuery as useQuery } from "./log-query";
import { PathsSankey } from "./PathsSankey";
import { dfgSchema, statsSchema, variantsSchema, type DfgView, type StatsView, type VariantsView } from "./query-results";

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
          <Tab id="paths">{t("eventLogs.paths")}</Tab>
          <Tab id="funnel">{t("eventLogs.funnel")}</Tab>
          <Tab id="time">{t("eventLogs.durations")}</Tab>
          <Tab id="predict">{t("eventLogs.predict")}</Tab>
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
        <TabPanel id="paths">
          <PathsSankey log={log} />
        </TabPanel>
        <TabPanel id="funnel">
          <FunnelView log={log} />
        </TabPanel>
        <TabPanel id="time">
          <DurationsView log={log} />
        </TabPanel>
        <TabPanel id="predict">
          <PredictView log={log} />
        </TabPanel>
      </Tabs>
    </section>
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
  const shown = useMemo(() => (data?.edges ?? []).filter((e) => e.count >= min).sort((a, b) => b.count - a.count), [data, min]);
  if (!data) return <Failure error={error} />;
  const most = Math.max(1, ...data.edges.map((e) => e.count));
  const edges = shown;
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
      <DfgGraph edges={edges} />
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
