import { useDeferredValue, useState } from "react";
import { GridList, GridListItem, Input, Label, Link, SearchField, Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useSession } from "../api/session";
import { AppHeader } from "../app/AppHeader";
import { SignOutButton } from "../auth/SignOutButton";
import { navigate } from "../app/route";
import { NotificationsButton } from "../notifications/NotificationsButton";
import { ImportMapDialog } from "./ImportMapDialog";
import { useMapList } from "./useMapList";
import "./maps.css";

/** The workspace's maps with search; each opens the editor. */
export function MapsScreen() {
  const { t, i18n } = useTranslation();
  const { workspace } = useSession();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const { maps, error } = useMapList(workspace?.id, deferred);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <AppHeader>
        <NotificationsButton />
        <SignOutButton />
      </AppHeader>
      <main id="main" tabIndex={-1} className="page">
        <div className="page-head">
          <h1>{t("maps.title")}</h1>
          <div className="page-head-actions">
            {workspace && <ImportMapDialog workspaceId={workspace.id} onImported={(m) => navigate({ screen: "editor", mapId: m.id })} />}
            <Link href="#/templates" className="button primary">
              {t("maps.newMap")}
            </Link>
          </div>
        </div>
        <SearchField value={query} onChange={setQuery} className="field search">
          <Label>{t("maps.search")}</Label>
          <Input />
          <Button className="clear">×</Button>
        </SearchField>
        {error && <p role="alert" className="error">{t("app.error", { message: error })}</p>}
        {maps === undefined ? (
          <p>{t("app.loading")}</p>
        ) : (
          <>
            <p aria-live="polite" className="muted">{t("maps.count", { count: maps.length })}</p>
            <GridList
              aria-label={t("maps.title")}
              items={maps}
              className="map-list"
              renderEmptyState={() => <p>{deferred ? t("maps.noMatch", { query: deferred }) : t("maps.empty")}</p>}
            >
              {(m) => (
                <GridListItem id={m.id} textValue={m.title} href={`#/maps/${encodeURIComponent(m.id)}`} className="map-card">
                  <strong dir="auto">{m.title}</strong>
                  <span className="muted" dir="auto">
                    {m.stageNames.join(" · ")}
                  </span>
                  <span className="muted small">{t("maps.updated", { date: date.format(new Date(m.updatedAt)) })}</span>
                </GridListItem>
              )}
            </GridList>
          </>
        )}
      </main>
    </>
  );
}
