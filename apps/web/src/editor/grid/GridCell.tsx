import { useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { CARD_LANE_TYPES, type Lane, type Step } from "@kaart/core";
import { useEditor } from "../session/EditorContext";
import { TextCell } from "./TextCell";
import { CardsCell } from "../cards/CardsCell";
import { TouchpointsCell } from "../touchpoints/TouchpointsCell";
import { EmotionCell } from "../emotion/EmotionCell";
import { PresenceMarkers } from "../presence/PresenceMarkers";
import { cellKey } from "./grid-model";

const TEXT_LANES = (lane: Lane) => !CARD_LANE_TYPES.has(lane.type) && lane.type !== "touchpoints" && lane.type !== "emotions";

/**
 * One data cell. Enter starts editing a text cell, or moves into the controls of a card,
 * touchpoint or emotion cell; Escape comes back to the cell, where the arrow keys move on.
 */
export function GridCell(props: {
  lane: Lane;
  step: Step;
  active: boolean;
  register(el: HTMLElement | null): void;
  onFocused(): void;
}) {
  const { t } = useTranslation();
  const { readOnly } = useEditor();
  const { lane, step } = props;
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState<string>();
  const isText = TEXT_LANES(lane);
  const element = useRef<HTMLDivElement | null>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget && isText && !readOnly && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on a focused text cell starts editing it, keeping what is there and adding the key.
      e.preventDefault();
      setTyped(e.key);
      setEditing(true);
    } else if (e.target === e.currentTarget && e.key === "Enter" && !readOnly) {
      e.preventDefault();
      if (isText) {
        setTyped(undefined);
        setEditing(true);
      }
      else e.currentTarget.querySelector<HTMLElement>("button, input, [tabindex='0']")?.focus();
    } else if (e.target !== e.currentTarget && e.key === "Escape") {
      e.preventDefault();
      element.current?.focus();
    }
  };
  const laneName = lane.name || t(`lanes.${lane.type}`);
  return (
    <div
      role="gridcell"
      ref={(el) => {
        element.current = el;
        props.register(el);
      }}
      tabIndex={props.active ? 0 : -1}
      aria-label={isText && !editing ? undefined : t("editor.cell", { lane: laneName, step: step.name || t("editor.unnamed") })}
      aria-describedby="grid-hint"
      data-cell={cellKey(lane.id, step.id)}
      className={`cell lane-${lane.type}`}
      onFocus={props.onFocused}
      onKeyDown={onKeyDown}
      onDoubleClick={() => isText && !readOnly && setEditing(true)}
    >
      {isText ? (
        <TextCell
          lane={lane}
          step={step}
          editing={editing}
          typed={typed}
          onDone={(refocus) => {
            setEditing(false);
            setTyped(undefined);
            if (refocus) element.current?.focus();
          }}
        />
      ) : lane.type === "touchpoints" ? (
        <TouchpointsCell lane={lane} step={step} />
      ) : lane.type === "emotions" ? (
        <EmotionCell step={step} />
      ) : (
        <CardsCell lane={lane} step={step} />
      )}
      <PresenceMarkers cell={cellKey(lane.id, step.id)} />
    </div>
  );
}
