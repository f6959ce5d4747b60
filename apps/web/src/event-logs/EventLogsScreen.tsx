import { useCallback, useEffect, useState } from "react";
import { Button, FileTrigger, Label, ProgressBar } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { EventLogMapping, EventLogPreview, EventLogSummary } from "@kaart/contract";
import { api } from "../api/api-client";
import { useSession } from "../api/session";
import { AppHeader } from "../app/AppHeader";
import { SignOutButton } from "../auth/SignOutButton";
import { LogAnalysis } from "./LogAnalysis";
import { MappingDialog } from "./MappingDialog";
import { previewLog, uploadLog } from "./upload-event-log";
import "./event-logs.css";

const ACCEPTED = [".csv", ".tsv", ".txt", ".xes", ".gz", ".jsonl", ".ndjson", ".parquet", ".xlsx"];

/** The current workspace's event logs: upload (preview, column mapping, progress), the list, and the analysis of one. */
export function EventLogsScreen() {
  const { t, i18n } = useTranslation();
  const { workspace } = useSession();
  const [logs, setLogs] = useState<EventLogSummary[]>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<{ file: File; preview: EventLogPreview }>();
  const [progress, setProgress] = useState<number>();
  const [selected, setSelected] = useState<string>();

  const refresh = useCallback(() => {
    if (!workspace) return;
    api
      .listEventLogs({ params: { workspaceId: workspace.id } })
      .then(setLogs)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [workspace]);
  useEffect(refresh, [refresh]);

  const pick = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file || !workspace) return;
    setError(undefined);
    try {
      setPending({ file, preview: await previewLog(workspace.id, file) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const upload = async (mapping: EventLogMapping) => {
    if (!pending || !workspace) return;
    const { file } = pending;
    setPending(undefined);
    setProgress(0);
    try {
      const log = await uploadLog(workspace.id, file, mapping, setProgress);
      setSelected(log.id);
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(undefined);
    }
  };

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const n = new Intl.NumberFormat(i18n.language);
  const current = logs?.find((l) => l.id === selected);
  return (
    <>
      <AppHeader>
        <SignOutButton />
      </AppHeader>
      <main id="main" tabIndex={-1} className="page stack">
        <div className="page-head">
          <h1>{t("eventLogs.title")}</h1>
          {workspace && workspace.role !== "viewer" && workspace.role !== "commenter" && (
            <FileTrigger acceptedFileTypes={ACCEPTED} onSelect={(files) => void pick(files)}>
              <Button className="button primary" isDisabled={progress !== undefined}>
                {t("eventLogs.upload")}
              </Button>
            </FileTrigger>
          )}
        </div>
        {progress !== undefined && (
          <ProgressBar value={progress * 100} className="progress">
            {({ valueText }) => (
              <>
                <Label>{t("eventLogs.uploading")}</Label>
                <span className="value">{valueText}</span>
                <div className="bar">
                  <div className="fill" style={{ width: `${progress * 100}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
        )}
        {error && (
          <p role="alert" className="error">
            {t("eventLogs.error", { message: error })}
          </p>
        )}
        {logs === undefined ? (
          <p>{t("app.loading")}</p>
        ) : logs.length === 0 ? (
          <p>{t("eventLogs.none")}</p>
        ) : (
          <table className="data-table">
            <caption>{t("eventLogs.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("eventLogs.name")}</th>
                <th scope="col">{t("eventLogs.events")}</th>
                <th scope="col">{t("eventLogs.cases")}</th>
                <th scope="col">{t("eventLogs.created")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("eventLogs.analyse")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {logs.map((l) => (
                <tr key={l.id} aria-current={l.id === selected ? "true" : undefined}>
                  <td dir="auto">{l.name}</td>
                  <td>{n.format(l.events)}</td>
                  <td>{n.format(l.cases)}</td>
                  <td>{date.format(new Date(l.createdAt))}</td>
                  <td>
                    <Button onPress={() => setSelected(l.id)} aria-label={`${t("eventLogs.analyse")}: ${l.name}`}>
                      {t("eventLogs.analyse")}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {current && <LogAnalysis key={current.id} log={current} />}
        {pending && <MappingDialog preview={pending.preview} fileName={pending.file.name} onConfirm={(m) => void upload(m)} onCancel={() => setPending(undefined)} />}
      </main>
    </>
  );
}
