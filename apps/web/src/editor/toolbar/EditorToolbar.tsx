import { useEffect, useState, type ReactNode } from "react";
import { Button, Toolbar, ToggleButton, ToggleButtonGroup } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addStage } from "@kaart/core";
import { AddLaneDialog } from "./AddLaneDialog";
import { FlowsDialog } from "./FlowsDialog";
import { useEditorActions } from "../session/EditorContext";
import { PersonaPicker } from "./PersonaPicker";
import { PresenceList } from "../presence/PresenceList";
import { ZoomControls } from "../zoom/ZoomControls";

export type EditorViewMode = "grid" | "table";

/** Undo and redo of this page's own edits, adding stages and lanes, the view, the persona. */
export function EditorToolbar({ view, onView, extra }: { view: EditorViewMode; onView(v: EditorViewMode): void; extra?: ReactNode }) {
  const { t } = useTranslation();
  const { session, run, readOnly } = useEditorActions();
  const [, rerender] = useState(0);
  useEffect(() => {
    const update = () => rerender((n) => n + 1);
    session.undo.on("stack-item-added", update);
    session.undo.on("stack-item-popped", update);
    session.undo.on("stack-cleared", update);
    return () => {
      session.undo.off("stack-item-added", update);
      session.undo.off("stack-item-popped", update);
      session.undo.off("stack-cleared", update);
    };
  }, [session.undo]);
  return (
    <Toolbar aria-label={t("editor.toolbar")} className="editor-toolbar">
      {!readOnly && (
        <>
          <Button className="button" onPress={() => session.undo.undo()} isDisabled={!session.undo.canUndo()} aria-keyshortcuts="Control+Z">
            {t("editor.undo")}
          </Button>
          <Button className="button" onPress={() => session.undo.redo()} isDisabled={!session.undo.canRedo()} aria-keyshortcuts="Control+Shift+Z">
            {t("editor.redo")}
          </Button>
          <Button className="button" onPress={() => run(addStage, { name: t("editor.newStage") })}>
            {t("editor.addStage")}
          </Button>
          <AddLaneDialog />
          <FlowsDialog />
        </>
      )}
      <ToggleButtonGroup
        aria-label={t("editor.tableView")}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[view]}
        onSelectionChange={(keys) => onView(keys.has("table") ? "table" : "grid")}
        className="segmented"
      >
        <ToggleButton id="grid" className="button">
          {t("editor.gridView")}
        </ToggleButton>
        <ToggleButton id="table" className="button">
          {t("editor.tableView")}
        </ToggleButton>
      </ToggleButtonGroup>
      <PersonaPicker />
      {view === "grid" && <ZoomControls />}
      <span className="toolbar-spacer" />
      <PresenceList />
      {extra}
    </Toolbar>
  );
}
