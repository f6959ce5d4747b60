import { memo, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { removeEmotion, setEmotion, type Step } from "@kaart/core";
import { useDocSelector, useEditorActions } from "../session/EditorContext";
import { sameItems } from "../session/record-selector";
import { useContentLanguage } from "../grid/useContentLanguage";
import { emotionScores, snapScore } from "./emotion-points";
import type { GridSlot } from "../grid/grid-model";

const HEIGHT = 140;
const PAD = 18;

/**
 * The persona's emotion curve under the grid, one point per step column. Each point is a slider:
 * drag it, or focus it and use the arrow keys (Delete clears it). Columns line up with the grid's.
 * Memoized: re-renders when the columns or the scores change, not when the grid's focus moves.
 */
export const EmotionCurve = memo(function EmotionCurve({ slots, columnWidth }: { slots: GridSlot[]; columnWidth: number }) {
  const { t } = useTranslation();
  const { run, personaId, readOnly } = useEditorActions();
  // The scale, the scores and the persona's name: a keystroke in a text cell leaves the curve alone.
  const [min, max, emotions, personaName] = useDocSelector(
    (doc) => [doc.map.emotionScale.min, doc.map.emotionScale.max, doc.emotions, personaId ? doc.personas[personaId]?.name : undefined] as const,
    sameItems,
  );
  const { dir } = useContentLanguage();
  const svg = useRef<SVGSVGElement>(null);
  // Points sit at their step's column; empty stage columns keep their place but have no point.
  const placed = slots.flatMap((slot, column) => (slot.step ? [{ step: slot.step, column }] : []));
  const steps = placed.map((p) => p.step);
  const scores = emotionScores({ emotions }, steps, personaId);
  const width = Math.max(columnWidth, slots.length * columnWidth);
  const xOf = (i: number) => {
    const x = placed[i]!.column * columnWidth + columnWidth / 2;
    return dir === "rtl" ? width - x : x;
  };
  const yOf = (score: number) => PAD + (1 - (score - min) / (max - min)) * (HEIGHT - 2 * PAD);
  const scoreAt = (clientY: number) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return undefined;
    const y = ((clientY - box.top) / box.height) * HEIGHT;
    return snapScore(min + (1 - (y - PAD) / (HEIGHT - 2 * PAD)) * (max - min), min, max);
  };
  const set = (step: Step, score: number | undefined) =>
    score === undefined ? run(removeEmotion, { stepId: step.id, personaId, variant: "asIs" }) : run(setEmotion, { stepId: step.id, personaId, variant: "asIs", score });

  const onPointer = (step: Step) => (e: PointerEvent<SVGCircleElement>) => {
    if (readOnly || (e.type === "pointermove" && e.buttons !== 1)) return;
    if (e.type === "pointerdown") e.currentTarget.setPointerCapture(e.pointerId);
    const score = scoreAt(e.clientY);
    if (score !== undefined) set(step, score);
  };
  const onKey = (step: Step, score: number | undefined) => (e: KeyboardEvent<SVGCircleElement>) => {
    if (readOnly) return;
    const base = score ?? (min + max) / 2;
    const next: Record<string, number | undefined> = { ArrowUp: base + 0.5, ArrowRight: base + 0.5, ArrowDown: base - 0.5, ArrowLeft: base - 0.5, Home: min, End: max };
    if (e.key === "Delete" || e.key === "Backspace") set(step, undefined);
    else if (e.key in next) set(step, snapScore(next[e.key]!, min, max));
    else return;
    e.preventDefault();
  };
  const path = scores
    .map((s, i) => (s === undefined ? undefined : `${xOf(i)},${yOf(s)}`))
    .filter(Boolean)
    .join(" ");
  const persona = personaId ? personaName : t("editor.allCustomers");
  return (
    <figure className="emotion-curve">
      <figcaption>{t("emotion.curve", { persona })}</figcaption>
      <svg ref={svg} width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="group" aria-label={t("emotion.curve", { persona })}>
        <line x1={0} x2={width} y1={yOf((min + max) / 2)} y2={yOf((min + max) / 2)} className="curve-axis" />
        <polyline points={path} className="curve-line" />
        {steps.map((step, i) => {
          const score = scores[i];
          const stepName = step.name || t("editor.unnamed");
          return (
            <circle
              key={step.id}
              cx={xOf(i)}
              cy={yOf(score ?? (min + max) / 2)}
              r={score === undefined ? 6 : 9}
              className={score === undefined ? "curve-point empty" : score < (min + max) / 2 ? "curve-point low" : "curve-point"}
              role="slider"
              tabIndex={0}
              aria-label={t("emotion.score", { step: stepName })}
              aria-valuemin={min}
              aria-valuemax={max}
              aria-valuenow={score}
              aria-valuetext={score === undefined ? t("emotion.noScore") : String(score)}
              aria-orientation="vertical"
              aria-readonly={readOnly || undefined}
              onPointerDown={onPointer(step)}
              onPointerMove={onPointer(step)}
              onKeyDown={onKey(step, score)}
            />
          );
        })}
      </svg>
    </figure>
  );
});
