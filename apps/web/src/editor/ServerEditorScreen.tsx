import { useTranslation } from "react-i18next";
import type { Route } from "../app/route";
import { AppHeader } from "../app/AppHeader";
import { useSession } from "../api/session";
import { SignOutButton } from "../auth/SignOutButton";
import { AnalysisPanel } from "../analysis/AnalysisPanel";
import { ExportMenu } from "../exporting/ExportMenu";
import { ShareDialog } from "../share/ShareDialog";
import { PresentLink } from "../presentation/PresentLink";
import { PersonasDialog } from "../personas/PersonasDialog";
import { TranslationsDialog } from "../translations/TranslationsDialog";
import { ContentLanguageSwitch } from "../translations/ContentLanguageSwitch";
import { VersionsDialog } from "../versions/VersionsDialog";
import { EventBindingDialog } from "../event-logs/EventBindingDialog";
import { CommentsPanel } from "../comments/CommentsPanel";
import { EditorProvider } from "./session/EditorContext";
import { EditorView } from "./EditorView";
import { useMapConnection } from "./connection/useMapConnection";
import { useConnectionStatus } from "./connection/connection-status";
import { ConnectionStatusText } from "./connection/ConnectionStatusText";

/** A map opened from the server: collaborative, saved as it is edited. */
export function ServerEditorScreen({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { session: auth } = useSession();
  const mapId = route.screen === "editor" ? route.mapId : "";
  const user = auth ? { id: auth.user.id, name: auth.user.name || auth.user.email } : { id: "anonymous", name: "?" };
  const { session, status: statusStore, readOnly } = useMapConnection(mapId, user);
  // Only what the fallback needs: the fine status changes with every keystroke.
  const status = useConnectionStatus(statusStore, (s) => (s === "denied" || s === "offline" ? s : "other"));
  return (
    <>
      <AppHeader>
        <SignOutButton />
      </AppHeader>
      <main id="main" tabIndex={-1} className="page wide">
        {session ? (
          <EditorProvider
            session={session}
            readOnly={readOnly}
            fallback={
              <p role={status === "denied" ? "alert" : undefined}>
                {status === "denied" ? t("app.notFound") : status === "offline" ? t("presence.status.offline") : t("app.loading")}
              </p>
            }
          >
            <EditorView
              aside={<AnalysisPanel />}
              status={<ConnectionStatusText store={statusStore} />}
              actions={
                <>
                  <PersonasDialog />
                  <TranslationsDialog />
                  <VersionsDialog mapId={mapId} />
                  <CommentsPanel mapId={mapId} userId={user.id} />
                  <ContentLanguageSwitch />
                  <PresentLink mapId={mapId} />
                  <ExportMenu mapId={mapId} />
                  <ShareDialog mapId={mapId} />
                  <EventBindingDialog mapId={mapId} readOnly={readOnly} />
                </>
              }
            />
          </EditorProvider>
        ) : (
          <p>{t("app.loading")}</p>
        )}
      </main>
    </>
  );
}
