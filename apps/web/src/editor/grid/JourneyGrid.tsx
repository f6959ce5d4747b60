import { memo, useCallback, useRef, type CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { useDocSelector } from "../session/EditorContext";
import { usePublishCell } from "../presence/usePresence";
import { EmotionCurve } from "../emotion/EmotionCurve";
import { cellKey, sharedGridModel } from "./grid-model";
import { useGridNavigation } from "./useGridNavigation";
import { FIRST_SCREEN, useFirstScreenFirst } from "./useFirstScreenFirst";
import { PendingHeader } from "./PendingHeader";
import { FlowsRow } from "../flows/FlowsRow";
import { useContentLanguage } from "./useContentLanguage";
import { StageHeader } from "./StageHeader";
import { StepHeader } from "./StepHeader";
import { LaneHeader } from "./LaneHeader";
import { GridCell } from "./GridCell";
import { useZoom } from "../zoom/ZoomContext";

export const COLUMN_WIDTH = 208;

// Headers take records and positions only: memoized, moving the grid's focus does not re-render them.
const MemoStageHeader = memo(StageHeader);
const MemoStepHeader = memo(StepHeader);
const MemoLaneHeader = memo(LaneHeader);

/**
 * The map as an editable grid: steps are columns grouped under sticky stage headers, lanes are
 * rows with sticky headers at the start. The grid's direction is the map's content language's.
 */
export function JourneyGrid() {
  const { t } = useTranslation();
  // The grid's shape and title only: typing in a cell re-renders that cell, not the grid.
  const model = useDocSelector(sharedGridModel);
  const title = useDocSelector((doc) => doc.map.title);
  // The flows row (drawn only when the map has flows) is one of the grid's rows.
  const hasFlows = useDocSelector((doc) => Object.keys(doc.flows).length > 0);
  const content = useContentLanguage();
  const complete = useFirstScreenFirst();
  const nav = useGridNavigation(model.lanes.length, model.slots.length, content.dir);
  const publishCell = usePublishCell();
  // From its own store: changes with the zoom controls only, never with an edit.
  const zoom = useZoom();
  // Stable callbacks for the memoized cells, reading the latest navigation through a ref.
  const live = useRef({ nav, publishCell });
  live.current = { nav, publishCell };
  const registerCell = useCallback((row: number, c: number, el: HTMLElement | null) => live.current.nav.register({ row, col: c })(el), []);
  const cellFocused = useCallback((row: number, c: number, cell: string) => {
    live.current.nav.setActive({ row, col: c });
    live.current.publishCell(cell);
  }, []);
  let col = 2;
  return (
    <div className="grid-scroller" dir={content.dir} lang={content.lang} style={{ "--grid-zoom": zoom } as CSSProperties}>
      <p id="grid-hint" className="visually-hidden">
        {t("editor.editHint")}
      </p>
      <div
        role="grid"
        aria-label={t("editor.grid", { title })}
        // Busy while the cells off the first screen are still placeholders (see useFirstScreenFirst).
        aria-busy={!complete || undefined}
        aria-rowcount={model.lanes.length + 2 + (hasFlows ? 1 : 0)}
        aria-colcount={model.slots.length + 1}
        className="journey-grid"
        style={{ gridTemplateColumns: `var(--lane-header-width) repeat(${Math.max(1, model.slots.length)}, ${COLUMN_WIDTH}px)` }}
        onKeyDown={nav.onKeyDown}
      >
        <div role="row" className="grid-row header-row stage-row">
          <div role="columnheader" className="corner">
            <span className="visually-hidden">{t("table.lane")}</span>
          </div>
          {model.groups.map((g) => {
            const span = Math.max(1, g.steps.length);
            const start = col;
            col += span;
            return <MemoStageHeader key={g.stage.id} stage={g.stage} span={span} colStart={start} />;
          })}
        </div>
        <div role="row" className="grid-row header-row step-row">
          <div role="columnheader" className="corner step-corner">
            <span className="visually-hidden">{t("emotion.step")}</span>
          </div>
          {model.slots.map((slot, i) =>
            slot.step ? (
              !complete && i >= FIRST_SCREEN.columns ? (
                <PendingHeader key={slot.step.id} step={slot.step} col={2 + i} />
              ) : (
                <MemoStepHeader key={slot.step.id} step={slot.step} col={2 + i} />
              )
            ) : (
              <div key={`empty-${slot.stage.id}`} role="columnheader" className="step-header empty" style={{ gridColumn: 2 + i }}>
                <span className="muted">{t("editor.steps", { count: 0 })}</span>
              </div>
            ),
          )}
        </div>
        <FlowsRow slots={model.slots} columnWidth={COLUMN_WIDTH} dir={content.dir} lang={content.lang} />
        {model.lanes.map((lane, row) => (
          <div role="row" key={lane.id} className="grid-row">
            {!complete && row >= FIRST_SCREEN.rows ? <PendingHeader lane={lane} /> : <MemoLaneHeader lane={lane} />}
            {model.slots.map((slot, c) => {
              const register = nav.register({ row, col: c });
              const active = nav.active.row === row && nav.active.col === c;
              const onFocused = () => nav.setActive({ row, col: c });
              if (!slot.step) return <div key={`empty-${slot.stage.id}`} role="gridcell" className="cell empty" ref={register} tabIndex={active ? 0 : -1} onFocus={onFocused} />;
              const step = slot.step;
              if (!complete && (row >= FIRST_SCREEN.rows || c >= FIRST_SCREEN.columns)) {
                // Off the first screen: an empty cell in its place until the grid's second render.
                return <div key={step.id} role="gridcell" className="cell pending" data-cell={cellKey(lane.id, step.id)} ref={register} tabIndex={active ? 0 : -1} onFocus={onFocused} />;
              }
              return (
                <GridCell
                  key={step.id}
                  lane={lane}
                  step={step}
                  row={row}
                  col={c}
                  active={active}
                  contentLang={content.lang}
                  register={registerCell}
                  onFocused={cellFocused}
                />
              );
            })}
          </div>
        ))}
      </div>
      {model.columns.length > 0 && (
        <div className="curve-row">
          <EmotionCurve slots={model.slots} columnWidth={COLUMN_WIDTH} />
        </div>
      )}
    </div>
  );
}
