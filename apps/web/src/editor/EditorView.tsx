import { useState, type ReactNode } from "react";
import { Disclosure, DisclosurePanel, Button, Heading } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useDocSelector, useLastEditError } from "./session/EditorContext";
import { EditorToolbar, type EditorViewMode } from "./toolbar/EditorToolbar";
import { JourneyGrid } from "./grid/JourneyGrid";
import { MapTableView } from "./table/MapTableView";
import { EmotionTable } from "./emotion/EmotionTable";
import { MapTitle } from "./toolbar/MapTitle";
import { useUndoShortcuts } from "./toolbar/useUndoShortcuts";
import { useMapZoomStore, ZoomProvider } from "./zoom/ZoomContext";
import { handleZoomShortcut } from "./zoom/zoom-shortcuts";

/** The editor of one loaded map: title, toolbar, the grid (or its table), the emotion numbers, side panels. */
export function EditorView({ actions, aside, status }: { actions?: ReactNode; aside?: ReactNode; status?: ReactNode }) {
  const { t } = useTranslation();
  const lastError = useLastEditError();
  // The emotion table reads the whole map: rendered only while its disclosure is open.
  const [numbersShown, setNumbersShown] = useState(false);
  const [view, setView] = useState<EditorViewMode>("grid");
  const onKeyDown = useUndoShortcuts();
  // The zoom is a view setting of this browser, per map: a store of its own, not the document.
  const zoom = useMapZoomStore(useDocSelector((doc) => doc.map.id));
  return (
    <div className="editor" onKeyDown={(e) => handleZoomShortcut(zoom, e) || onKeyDown(e)}>
      <div className="editor-head">
        <MapTitle />
        {status}
      </div>
      <ZoomProvider store={zoom}><EditorToolbar view={view} onView={setView} extra={actions} /></ZoomProvider>
      {lastError && (
        <p role="alert" className="error">
          {t("app.error", { message: lastError.message })}
        </p>
      )}
      <div className="editor-body">
        <div className="editor-main">
          {view === "grid" ? <ZoomProvider store={zoom}><JourneyGrid /></ZoomProvider> : <MapTableView />}
          <Disclosure className="disclosure" isExpanded={numbersShown} onExpandedChange={setNumbersShown}>
            <Heading level={2}>
              <Button slot="trigger" className="button quiet">
                {t("emotion.dataTable")}
              </Button>
            </Heading>
            <DisclosurePanel>
              {numbersShown && <EmotionTable />}
            </DisclosurePanel>
          </Disclosure>
        </div>
        {aside}
      </div>
    </div>
  );
}
