import { useState } from "react";
import { useTranslation } from "react-i18next";
import { removeLane, renameLane, type Lane } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
import { NameDialog } from "../dialogs/NameDialog";
import { ActionsMenu } from "./ActionsMenu";
import { useContentLanguage } from "./useContentLanguage";
import { useHeaderMoves } from "../reorder/useHeaderMoves";
import { useHeaderDragDrop } from "../reorder/useHeaderDragDrop";

/** A lane's header at the row's start; sticky so it stays visible while scrolling sideways. */
export function LaneHeader({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  const { run, readOnly } = useEditorActions();
  const content = useContentLanguage();
  const [renaming, setRenaming] = useState(false);
  const name = content.text(lane.id, "name", lane.name) || t(`lanes.${lane.type}`);
  const moves = useHeaderMoves({ kind: "lane", id: lane.id }, name);
  const drag = useHeaderDragDrop({ kind: "lane", id: lane.id });
  return (
    <div
      role="rowheader"
      className={`lane-header lane-${lane.type}`}
      ref={drag.ref}
      {...drag.props}
      data-axis="column"
      data-drop={drag.indicator}
      data-dragging={drag.isDragging || undefined}
    >
      <span className="header-name" lang={content.lang} dir="auto">
        {name}
      </span>
      {!readOnly && (
        <ActionsMenu
          label={t("editor.laneActions", { name })}
          buttonRef={moves.buttonRef}
          shortcuts={moves.shortcuts}
          actions={() => [
            { id: "rename", label: t("editor.renameLane"), onAction: () => setRenaming(true) },
            ...moves.actions(),
            { id: "delete", label: t("editor.deleteLane"), onAction: () => run(removeLane, { laneId: lane.id }) },
          ]}
        />
      )}
      {renaming && (
        <NameDialog
          isOpen
          onOpenChange={setRenaming}
          title={t("editor.renameLane")}
          label={t("editor.name")}
          initial={lane.name}
          dir={content.dir}
          lang={content.lang}
          onSubmit={(value) => run(renameLane, { laneId: lane.id, name: value })}
        />
      )}
    </div>
  );
}
