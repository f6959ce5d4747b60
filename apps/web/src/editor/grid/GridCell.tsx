import { memo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { CARD_LANE_TYPES, type Lane, type Step } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
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
 * Memoized: its props are records (kept identical while unchanged), the position, the content
 * language and callbacks the grid keeps stable, and its parts read their own records, so an edit
 * re-renders only the cells it touches.
 */
export const GridCell = memo(function GridCell(props: {
  lane: Lane;
  step: Step;
  row: number;
  col: number;
  active: boolean;
  /** The map's content language; a change re-renders the cell, whose text follows it. */
  contentLang: string;
  register(row: number, col: number, el: HTMLElement | null): void;
  onFocused(row: number, col: number, cell: string): void;
}) {
  const { t } = useTranslation();
  const { readOnly } = useEditorActions();
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
        props.register(props.row, props.col, el);
      }}
      tabIndex={props.active ? 0 : -1}
      aria-label={isText && !editing ? undefined : t("editor.cell", { lane: laneName, step: step.name || t("editor.unnamed") })}
      aria-describedby="grid-hint"
      data-cell={cellKey(lane.id, step.id)}
      className={`cell lane-${lane.type}`}
      onFocus={() => props.onFocused(props.row, props.col, cellKey(lane.id, step.id))}
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
        <CardsCell lane={lane} step={step} lang={props.contentLang} />
      )}
      <PresenceMarkers cell={cellKey(lane.id, step.id)} />
    </div>
  );
});
