import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { cellIdFor, setCellContent, type Lane, type Step, type Touchpoint, type TouchpointId } from "@kaart/core";
import { useDocSelector, useEditorActions } from "../session/EditorContext";
import { sameItems } from "../session/record-selector";
import { TouchpointDialog } from "./TouchpointDialog";

/** Touchpoint chips of a step; the touchpoints are records of the map, the cell lists their ids. */
export function TouchpointsCell({ lane, step }: { lane: Lane; step: Step }) {
  const { t } = useTranslation();
  const { run, readOnly } = useEditorActions();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Touchpoint>();
  // The cell and its touchpoint records: re-renders when one of them changes, not on other edits.
  const [cell, ...touchpoints] = useDocSelector((doc) => {
    const c = doc.cells[cellIdFor(lane.id, step.id)];
    return [c, ...(c?.content.kind === "touchpoints" ? c.content.touchpointIds : []).map((id) => doc.touchpoints[id])];
  }, sameItems);
  const ids = cell?.content.kind === "touchpoints" ? cell.content.touchpointIds : [];
  const setIds = (touchpointIds: TouchpointId[]) => run(setCellContent, { laneId: lane.id, at: step.id, content: { kind: "touchpoints", touchpointIds } });
  return (
    <div className="chips">
      {ids.map((id, i) => {
        const tp = touchpoints[i];
        if (!tp) return null;
        return (
          <span key={id} className={`chip channel-${tp.channel}`}>
            {readOnly ? (
              <span dir="auto">{tp.name}</span>
            ) : (
              <Button className="chip-edit" aria-label={t("touchpointFields.edit", { name: tp.name })} onPress={() => setEditing(tp)}>
                <span dir="auto">{tp.name}</span>
              </Button>
            )}
            <span className="chip-channel">{t(`touchpoints.channels.${tp.channel}`)}</span>
            {tp.ownerTeam && (
              <span className="chip-owner" dir="auto">
                {tp.ownerTeam}
              </span>
            )}
            {!readOnly && (
              <Button className="chip-remove" aria-label={t("touchpoints.remove", { name: tp.name })} onPress={() => setIds(ids.filter((x) => x !== id))}>
                <span aria-hidden="true">×</span>
              </Button>
            )}
          </span>
        );
      })}
      {!readOnly && (
        <Button className="add-button" aria-label={t("touchpoints.addAt", { step: step.name || t("editor.unnamed") })} onPress={() => setAdding(true)}>
          <span aria-hidden="true">+</span>
        </Button>
      )}
      {adding && <TouchpointDialog lane={lane} step={step} existing={ids} onClose={() => setAdding(false)} />}
      {editing && <TouchpointDialog lane={lane} step={step} existing={ids} touchpoint={editing} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
