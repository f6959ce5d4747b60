import { useEffect, useRef, useState } from "react";
import { Input, Label, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { setTranslation } from "@kaart/core";
import { useEditor } from "../editor/session/EditorContext";
import type { TranslatableField } from "./translatable-fields";

/**
 * One field: its source text and an input for its translation. The translation is written when
 * the input loses focus (one undo step per field, not per keystroke), or when the row goes away
 * with unsaved text (the dialog closed with Escape while typing); emptying it removes it.
 */
export function TranslationRow({ field, locale, value, sourceLocale, readOnly }: { field: TranslatableField; locale: string; value: string | undefined; sourceLocale: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { run } = useEditor();
  const [draft, setDraft] = useState(value ?? "");
  useEffect(() => setDraft(value ?? ""), [value]);
  const label = t("translations.fieldLabel", { record: field.recordName || t(`translations.tables.${field.table}`), field: t(`translations.fields.${field.field.replace(/\./g, "_")}`) });
  const save = (text: string) => {
    if (text === (value ?? "")) return;
    run(setTranslation, { locale, recordId: field.recordId, field: field.field, value: field.kind === "rich" ? (text ? [{ text }] : []) : text });
  };
  const latest = useRef({ draft, save });
  latest.current = { draft, save };
  useEffect(() => () => latest.current.save(latest.current.draft), []);
  const long = field.source.length > 60 || field.source.includes("\n");
  return (
    <tr>
      <th scope="row">
        <span className="muted">{t(`translations.tables.${field.table}`)}</span> <span dir="auto">{field.recordName}</span>
        <br />
        <span className="muted">{t(`translations.fields.${field.field.replace(/\./g, "_")}`)}</span>
      </th>
      <td dir="auto" lang={sourceLocale}>
        {field.source}
      </td>
      <td>
        <TextField className="field" value={draft} onChange={setDraft} onBlur={() => save(draft)} isReadOnly={readOnly}>
          <Label className="visually-hidden">{label}</Label>
          {long ? <TextArea lang={locale} dir="auto" rows={3} /> : <Input lang={locale} dir="auto" />}
        </TextField>
      </td>
    </tr>
  );
}
