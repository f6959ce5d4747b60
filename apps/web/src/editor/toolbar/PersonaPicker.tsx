import { useTranslation } from "react-i18next";
import { isId } from "@kaart/core";
import { useDocSelector, useEditorActions } from "../session/EditorContext";
import { ChoiceField } from "../dialogs/ChoiceField";

/** Whose emotion curve the grid shows and edits. Hidden when the map has no personas. */
export function PersonaPicker() {
  const { t } = useTranslation();
  const { personaId, setPersonaId } = useEditorActions();
  const personas = Object.values(useDocSelector((doc) => doc.personas));
  if (personas.length === 0) return null;
  return (
    <div className="persona-picker">
      <ChoiceField
        label={t("editor.persona")}
        items={personas.map((p) => ({ id: p.id, label: p.name }))}
        value={personaId}
        emptyLabel={t("editor.allCustomers")}
        onChange={(v) => setPersonaId(isId("persona", v) ? v : "all")}
      />
    </div>
  );
}
