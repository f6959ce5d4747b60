import { useTranslation } from "react-i18next";
import { useEditor } from "../session/EditorContext";
import { emotionScores } from "./emotion-points";
import { gridModel } from "../grid/grid-model";

/** The curve's numbers as a table: what the curve says, for readers who do not see it. */
export function EmotionTable() {
  const { t } = useTranslation();
  const { doc, personaId } = useEditor();
  const steps = gridModel(doc).columns;
  const scores = emotionScores(doc, steps, personaId);
  const persona = personaId ? doc.personas[personaId]?.name : t("editor.allCustomers");
  return (
    <table className="data-table">
      <caption>
        {t("emotion.dataTable")} — {persona}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("emotion.step")}</th>
          <th scope="col">{t("emotion.value")}</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s, i) => (
          <tr key={s.id}>
            <th scope="row" dir="auto">
              {s.name || t("editor.unnamed")}
            </th>
            <td>{scores[i] ?? t("emotion.noScore")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
