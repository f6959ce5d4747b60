import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { diffMaps, formatDiffText, type JourneyDocument } from "@kaart/core";
import { diffEntries, diffSummary, type DiffEntry } from "./diff-entries";
import "./versions.css";

/**
 * What changed from `before` to `after`, one highlighted line per change. The kind of change is
 * written out as a word and a sign (+ − ~ → *), not carried by colour alone.
 */
export function DiffView({ before, after }: { before: JourneyDocument; after: JourneyDocument }) {
  const { t } = useTranslation();
  const diff = useMemo(() => diffMaps(before, after), [before, after]);
  const entries = useMemo(() => diffEntries(diff), [diff]);
  if (diff.identical) return <p className="muted">{t("versions.identical")}</p>;
  const summary = diffSummary(entries);
  const line = (e: DiffEntry): string => {
    switch (e.kind) {
      case "map":
        return t("versions.line.map", { field: e.field });
      case "emotion":
        return t("versions.line.emotion", { step: e.stepName, persona: e.personaName ?? t("editor.allCustomers"), before: e.before ?? "—", after: e.after ?? "—" });
      case "renamed":
        return t("versions.line.renamed", { table: t(`versions.tables.${e.table}`), before: e.before, after: e.after });
      case "changed":
        return t("versions.line.changed", { table: t(`versions.tables.${e.table}`), name: e.name, fields: (e.fields ?? []).join(", ") });
      default:
        return t(`versions.line.${e.kind}`, { table: t(`versions.tables.${e.table}`), name: e.name });
    }
  };
  return (
    <div className="diff-view">
      <p>{(["added", "removed", "renamed", "moved", "changed"] as const).filter((k) => summary[k] > 0).map((k) => t(`versions.summary.${k}`, { count: summary[k] })).join(" · ")}</p>
      <ul className="diff-list">
        {entries.map((e, i) => (
          <li key={i} className={`diff-${e.kind}`}>
            <span dir="auto">{line(e)}</span>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t("versions.plainText")}</summary>
        <pre dir="ltr">{formatDiffText(diff)}</pre>
      </details>
    </div>
  );
}
