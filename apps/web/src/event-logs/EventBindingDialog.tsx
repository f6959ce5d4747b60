import { useEffect, useId, useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { EventLogSummary, ObservedJourney } from "@kaart/contract";
import { api } from "../api/api-client";
import { useSession } from "../api/session";

/**
 * The map against an event log: binds the steps to the log's activities (editors; the server
 * writes bindings and KPI cells into the live map) and shows designed against observed — per
 * step the funnel figures and how customers stray, then the transitions the map does not foresee.
 */
export function EventBindingDialog({ mapId, readOnly }: { mapId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button">{t("eventLogs.observedTitle")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal wide">
          <Dialog className="dialog stack">
            {({ close }) => (
              <>
                <Heading slot="title">{t("eventLogs.observedTitle")}</Heading>
                <BindingBody mapId={mapId} readOnly={readOnly} />
                <div className="dialog-actions">
                  <Button className="button" onPress={close}>{t("app.close")}</Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function BindingBody({ mapId, readOnly }: { mapId: string; readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const { workspace } = useSession();
  const id = useId();
  const [logs, setLogs] = useState<EventLogSummary[]>();
  const [logId, setLogId] = useState<string>();
  const [observed, setObserved] = useState<ObservedJourney>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  useEffect(() => {
    if (!workspace) return;
    api
      .listEventLogs({ params: { workspaceId: workspace.id } })
      .then((l) => {
        setLogs(l);
        setLogId((current) => current ?? l[0]?.id);
      })
      .catch(fail);
  }, [workspace]);
  useEffect(() => {
    if (!logId) return;
    setObserved(undefined);
    api.observedJourney({ params: { mapId }, query: { logId } }).then(setObserved).catch(fail);
  }, [mapId, logId]);

  const bind = async () => {
    if (!logId) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.bindEventLog({ params: { mapId }, body: { logId } });
      setObserved(await api.observedJourney({ params: { mapId }, query: { logId } }));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  if (logs === undefined) return <p>{t("app.loading")}</p>;
  if (logs.length === 0) return <p>{t("eventLogs.none")}</p>;
  const n = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  const stepName = (stepId: string | null, activity: string) => (stepId ? (observed?.steps.find((s) => s.stepId === stepId)?.stepName ?? activity) : t("eventLogs.unbound"));
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t("eventLogs.title")}</label>
        <select id={id} value={logId ?? ""} onChange={(e) => setLogId(e.target.value)}>
          {logs.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      {!readOnly && (
        <Button className="button primary" isDisabled={busy || !logId} onPress={() => void bind()}>
          {t("eventLogs.bind")}
        </Button>
      )}
      {error && (
        <p role="alert" className="error">
          {t("app.error", { message: error })}
        </p>
      )}
      {observed === undefined ? (
        <p>{t("app.loading")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("eventLogs.observedTitle")}>
          <table className="data-table">
            <caption>{t("eventLogs.observedCaption", { cases: n.format(observed.cases) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("eventLogs.step")}</th>
                <th scope="col">{t("eventLogs.activities")}</th>
                <th scope="col">{t("eventLogs.cases")}</th>
                <th scope="col">{t("eventLogs.conversion")}</th>
                <th scope="col">{t("eventLogs.dropOff")}</th>
                <th scope="col">{t("eventLogs.medianSeconds")}</th>
                <th scope="col">{t("eventLogs.skipped")}</th>
                <th scope="col">{t("eventLogs.looped")}</th>
                <th scope="col">{t("eventLogs.outOfOrder")}</th>
              </tr>
            </thead>
            <tbody>
              {observed.steps.map((s) => (
                <tr key={s.stepId}>
                  <th scope="row" dir="auto">
                    {s.stepName}
                  </th>
                  <td dir="auto">{s.activities.join(", ") || t("eventLogs.unbound")}</td>
                  <td>{s.metrics ? n.format(s.metrics.cases) : "—"}</td>
                  <td>{s.metrics ? pct.format(s.metrics.conversion) : "—"}</td>
                  <td>{s.metrics ? pct.format(s.metrics.dropOff) : "—"}</td>
                  <td>{s.metrics?.medianSecondsFromPrevious == null ? "—" : n.format(s.metrics.medianSecondsFromPrevious)}</td>
                  <td>{n.format(s.skipped)}</td>
                  <td>{n.format(s.looped)}</td>
                  <td>{n.format(s.outOfOrder)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {observed.unforeseen.length > 0 && (
            <table className="data-table">
              <caption>{t("eventLogs.unforeseen")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("eventLogs.from")}</th>
                  <th scope="col">{t("eventLogs.to")}</th>
                  <th scope="col">{t("eventLogs.cases")}</th>
                  <th scope="col">{t("eventLogs.count")}</th>
                </tr>
              </thead>
              <tbody>
                {observed.unforeseen.slice(0, 50).map((u) => (
                  <tr key={`${u.from}\u0000${u.to}`}>
                    <td dir="auto">
                      {u.from} ({stepName(u.fromStepId, u.from)})
                    </td>
                    <td dir="auto">
                      {u.to} ({stepName(u.toStepId, u.to)})
                    </td>
                    <td>{n.format(u.cases)}</td>
                    <td>{n.format(u.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </>
  );
}
