import { useState, type ReactNode } from "react";
import { Disclosure, DisclosurePanel, Button, Heading } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useLastEditError } from "./session/EditorContext";
import { EditorToolbar, type EditorViewMode } from "./toolbar/EditorToolbar";
import { JourneyGrid } from "./grid/JourneyGrid";
import { MapTableView } from "./table/MapTableView";
import { EmotionTable } from "./emotion/EmotionTable";
import { MapTitle } from "./toolbar/MapTitle";
import { useUndoShortcuts } from "./toolbar/useUndoShortcuts";

/** The editor of one loaded map: title, toolbar, the grid (or its table), the emotion numbers, side panels. */
export function EditorView({ actions, aside, status }: { actions?: ReactNode; aside?: ReactNode; status?: ReactNode }) {
  const { t } = useTranslation();
  const lastError = useLastEditError();
  // The emotion table reads the whole map: rendered only while its disclosure is open.
  const [numbersShown, setNumbersShown] = useState(false);
  const [view, setView] = useState<EditorViewMode>("grid");
  const onKeyDown = useUndoShortcuts();
  return (
    <div className="editor" onKeyDown={onKeyDown}>
      <div className="editor-head">
        <MapTitle />
        {status}
      </div>
      <EditorToolbar view={view} onView={setView} extra={actions} />
      {lastError && (
        <p role="alert" className="error">
          {t("app.error", { message: lastError.message })}
        </p>
      )}
      <div className="editor-body">
        <div className="editor-main">
          {view === "grid" ? <JourneyGrid /> : <MapTableView />}
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
