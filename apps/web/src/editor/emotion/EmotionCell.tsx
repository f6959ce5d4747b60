import { Input, Label, NumberField, Group } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { emotionIdFor, removeEmotion, setEmotion, type Step } from "@kaart/core";
import { useDocSelector, useEditorActions } from "../session/EditorContext";
import { sameItems } from "../session/record-selector";

/** The score of a step on the emotion lane, typed; the curve below the grid shows and drags it. */
export function EmotionCell({ step }: { step: Step }) {
  const { t } = useTranslation();
  const { run, personaId, readOnly } = useEditorActions();
  const [min, max, score] = useDocSelector(
    (doc) => [doc.map.emotionScale.min, doc.map.emotionScale.max, doc.emotions[emotionIdFor(step.id, personaId, "asIs")]?.score] as const,
    sameItems,
  );
  const stepName = step.name || t("editor.unnamed");
  return (
    <NumberField
      className="score-field"
      value={score ?? NaN}
      minValue={min}
      maxValue={max}
      step={0.5}
      isReadOnly={readOnly}
      formatOptions={{ maximumFractionDigits: 1, numberingSystem: "latn" }}
      onChange={(value) => {
        if (Number.isNaN(value)) run(removeEmotion, { stepId: step.id, personaId, variant: "asIs" });
        else run(setEmotion, { stepId: step.id, personaId, variant: "asIs", score: value });
      }}
    >
      <Label className="visually-hidden">{t("emotion.score", { step: stepName })}</Label>
      <Group>
        <Input className="score-input" placeholder="–" dir="ltr" />
      </Group>
    </NumberField>
  );
}
