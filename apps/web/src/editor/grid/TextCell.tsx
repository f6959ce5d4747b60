import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { cellIdFor, plainText, richText, setCellContent, setTranslation, type Lane, type Step } from "@kaart/core";
import { useDocSelector, useEditorActions } from "../session/EditorContext";
import { sameItems } from "../session/record-selector";
import { contentLocaleOf, contentText } from "../../translations/content-locale";

/**
 * Text typed in place. Every keystroke is a `setCellContent` operation (a splice against the
 * text before it), so two people typing in one cell keep both their words; the undo manager
 * groups keystrokes into steps.
 */
export function TextCell({ lane, step, editing, typed, onDone }: { lane: Lane; step: Step; editing: boolean; typed?: string; onDone(refocus: boolean): void }) {
  const { t } = useTranslation();
  const { run } = useEditorActions();
  // Only this cell's record and its text in the content language (its translation record): a
  // keystroke in another cell leaves this one alone. The grid passes the content language down,
  // so choosing another one re-renders the cell and re-reads this.
  const [cell, text, lang, translated] = useDocSelector((doc) => {
    const c = doc.cells[cellIdFor(lane.id, step.id)];
    const source = c?.content.kind === "text" ? plainText(c.content.text) : "";
    const locale = contentLocaleOf(doc);
    return [c, c ? contentText(doc, locale, c.id, "content.text", source) : source, locale, locale !== doc.map.sourceLocale] as const;
  }, sameItems);
  const content = { lang, translated };
  const area = useRef<HTMLTextAreaElement>(null);
  // Shown in a translation, typing edits that translation; the source text stays as it is.
  const write = (value: string) =>
    content.translated && cell
      ? run(setTranslation, { locale: content.lang, recordId: cell.id, field: "content.text", value: richText(value) })
      : run(setCellContent, { laneId: lane.id, at: step.id, content: { kind: "text", text: richText(value) } });
  useEffect(() => {
    const el = area.current;
    if (!editing || !el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    // The key that opened the editor is part of the text.
    if (typed) write(el.value + typed);
    // Only when the editor opens: `typed` is the key that opened it.
  }, [editing]);
  if (!editing) {
    return (
      <div className="cell-text" lang={content.lang} dir="auto">
        {text || <span className="placeholder">{t("editor.emptyCell")}</span>}
      </div>
    );
  }
  return (
    <textarea
      ref={area}
      className="cell-editor"
      aria-label={t("editor.editCell", { lane: lane.name || t(`lanes.${lane.type}`), step: step.name || t("editor.unnamed") })}
      value={text}
      lang={content.lang}
      dir="auto"
      rows={3}
      onChange={(e) => write(e.target.value)}
      onBlur={() => onDone(false)}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          onDone(true);
        }
      }}
    />
  );
}
