import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addStep, flagMoment, removeStep, renameStep, unflagMoment, type Step } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
import { NameDialog } from "../dialogs/NameDialog";
import { ActionsMenu, type MenuAction } from "./ActionsMenu";
import { useContentLanguage } from "./useContentLanguage";
import { useHeaderMoves } from "../reorder/useHeaderMoves";
import { useHeaderDragDrop } from "../reorder/useHeaderDragDrop";

/** A step's header (one column): its name, the moment-that-matters flag and its actions. */
export function StepHeader({ step, col }: { step: Step; col: number }) {
  const { t } = useTranslation();
  const { run, readOnly } = useEditorActions();
  const content = useContentLanguage();
  const [dialog, setDialog] = useState<"rename" | "addAfter" | "moment">();
  const name = content.text(step.id, "name", step.name) || t("editor.unnamed");
  const moment = step.momentThatMatters;
  const moves = useHeaderMoves({ kind: "step", id: step.id }, name);
  const drag = useHeaderDragDrop({ kind: "step", id: step.id });
  const actions = (): MenuAction[] => [
    { id: "rename", label: t("editor.renameStep"), onAction: () => setDialog("rename") },
    { id: "addAfter", label: t("editor.addStep"), onAction: () => setDialog("addAfter") },
    moment
      ? { id: "unflag", label: t("moments.unflag"), onAction: () => run(unflagMoment, { stepId: step.id }) }
      : { id: "flag", label: t("moments.flag"), onAction: () => setDialog("moment") },
    ...moves.actions(),
    { id: "delete", label: t("editor.deleteStep"), onAction: () => run(removeStep, { stepId: step.id }) },
  ];
  const submit = (value: string) => {
    if (dialog === "rename") run(renameStep, { stepId: step.id, name: value });
    else if (dialog === "addAfter") run(addStep, { stageId: step.stageId, name: value, position: { after: step.id } });
    else run(flagMoment, { stepId: step.id, why: value });
  };
  return (
    <div
      role="columnheader"
      className={moment ? "step-header moment" : "step-header"}
      style={{ gridColumn: col }}
      ref={drag.ref}
      {...drag.props}
      data-axis="row"
      data-drop={drag.indicator}
      data-dragging={drag.isDragging || undefined}
    >
      <span className="header-name" lang={content.lang} dir="auto">
        {name}
      </span>
      {moment && (
        <span className="moment-badge" title={moment.why}>
          <span aria-hidden="true">★ </span>
          {t("moments.badge")}
        </span>
      )}
      {!readOnly && <ActionsMenu label={t("editor.stepActions", { name })} actions={actions} shortcuts={moves.shortcuts} buttonRef={moves.buttonRef} />}
      {dialog && (
        <NameDialog
          isOpen
          onOpenChange={(open) => !open && setDialog(undefined)}
          title={dialog === "rename" ? t("editor.renameStep") : dialog === "addAfter" ? t("editor.addStep") : t("moments.flag")}
          label={dialog === "moment" ? t("moments.why") : t("editor.name")}
          initial={dialog === "rename" ? step.name : dialog === "addAfter" ? t("editor.newStep") : ""}
          dir={content.dir}
          lang={content.lang}
          onSubmit={submit}
        />
      )}
    </div>
  );
}
