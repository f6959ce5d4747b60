import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EventLogSummary } from "@kaart/contract";
import { api } from "../api/api-client";

/** Runs one analytics query against a log through the API; undefined while it runs. */
export function useLogQuery<T>(log: EventLogSummary, body: { kind: string; version: number; [k: string]: unknown }, parse: (v: unknown) => T): { data?: T; error?: string } {
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

/** What a view shows while its query runs, or when it failed. */
export function Failure({ error }: { error?: string }) {
  const { t } = useTranslation();
  return error ? (
    <p role="alert" className="error">
      {t("app.error", { message: error })}
    </p>
  ) : (
    <p>{t("app.loading")}</p>
  );
}

