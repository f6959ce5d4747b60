import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { ReactNode } from "react";
import { LanguagePicker } from "./LanguagePicker";

/** Moves focus to the screen's content; an anchor would change the hash, which is the route. */
function focusMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById("main")?.focus();
}

/** The bar on every screen: the name, the main links, whatever the screen adds, the language. */
export function AppHeader({ children, nav = true }: { children?: ReactNode; nav?: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t("app.skipToContent")}
      </a>
      <Link href="#/maps" className="brand">
        {t("app.name")}
      </Link>
      {nav && (
        <nav aria-label={t("app.mainNav")} className="main-nav">
          <Link href="#/maps">{t("app.maps")}</Link>
          <Link href="#/templates">{t("app.templates")}</Link>
          <Link href="#/event-logs">{t("eventLogs.title")}</Link>
        </nav>
      )}
      <div className="header-slot">{children}</div>
      <LanguagePicker />
    </header>
  );
}
