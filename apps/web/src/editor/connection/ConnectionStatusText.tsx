import { useTranslation } from "react-i18next";
import { useConnectionStatus, type ConnectionStatusStore } from "./connection-status";

/** The connection's status in words, as a polite status line: the one part of the page that follows every acknowledgement. */
export function ConnectionStatusText({ store }: { store: ConnectionStatusStore }) {
  const { t } = useTranslation();
  const status = useConnectionStatus(store);
  return (
    <p className="status muted" role="status">
      {status === "denied" ? t("app.notFound") : t(`presence.status.${status}`)}
    </p>
  );
}
