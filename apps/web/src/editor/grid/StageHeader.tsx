import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addStep, removeStage, renameStage, type Stage } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
import { NameDialog } from "../dialogs/NameDialog";
import { ActionsMenu } from "./ActionsMenu";
import { useContentLanguage } from "./useContentLanguage";
import { useHeaderMoves } from "../reorder/useHeaderMoves";
import { useHeaderDragDrop } from "../reorder/useHeaderDragDrop";

/** A stage's header, spanning its steps; sticky so it stays visible while scrolling down. */
export function StageHeader({ stage, span, colStart }: { stage: Stage; span: number; colStart: number }) {
  const { t } = useTranslation();
  const { run, readOnly } = useEditorActions();
  const content = useContentLanguage();
  const [dialog, setDialog] = useState<"rename" | "addStep">();
  const name = content.text(stage.id, "name", stage.name) || t("editor.unnamed");
  const moves = useHeaderMoves({ kind: "stage", id: stage.id }, name);
  const drag = useHeaderDragDrop({ kind: "stage", id: stage.id });
  return (
    <div
      role="columnheader"
      aria-colspan={span}
      className="stage-header"
      style={{ gridColumn: `${colStart} / span ${span}` }}
      ref={drag.ref}
      {...drag.props}
      data-axis="row"
      data-drop={drag.indicator}
      data-dragging={drag.isDragging || undefined}
    >
      <span className="header-name" lang={content.lang} dir="auto">
        {name}
      </span>
      {!readOnly && (
        <ActionsMenu
          label={t("editor.stageActions", { name })}
          buttonRef={moves.buttonRef}
          shortcuts={moves.shortcuts}
          actions={() => [
            { id: "rename", label: t("editor.renameStage"), onAction: () => setDialog("rename") },
            { id: "addStep", label: t("editor.addStep"), onAction: () => setDialog("addStep") },
            ...moves.actions(),
            { id: "delete", label: t("editor.deleteStage"), onAction: () => run(removeStage, { stageId: stage.id }) },
          ]}
        />
      )}
      {dialog && (
        <NameDialog
          isOpen
          onOpenChange={(open) => !open && setDialog(undefined)}
          title={dialog === "rename" ? t("editor.renameStage") : t("editor.addStep")}
          label={t("editor.name")}
          initial={dialog === "rename" ? stage.name : t("editor.newStep")}
          dir={content.dir}
          lang={content.lang}
          onSubmit={(value) =>
            dialog === "rename" ? run(renameStage, { stageId: stage.id, name: value }) : run(addStep, { stageId: stage.id, name: value })
          }
        />
      )}
    </div>
  );
}
