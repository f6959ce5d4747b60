import { useTranslation } from "react-i18next";
import { useContentLanguage } from "../grid/useContentLanguage";
import { useDocSelector, useEditorActions } from "../session/EditorContext";
import { sameItems } from "../session/record-selector";
import { MapInfoDialog } from "./MapInfoDialog";
import "./map-title.css";

/**
 * The map's title as the page's heading, in the map's own language, its description under it, and
 * (for those who may edit) the dialog that changes title, description and tags.
 */
export function MapTitle() {
  const { t } = useTranslation();
  const { readOnly } = useEditorActions();
  // Fields, not the map record, which every edit stamps: typing in a cell does not re-render the title.
  const [title, description, tagLine] = useDocSelector((doc) => [doc.map.title, doc.map.description ?? "", doc.map.tags.join("\n")] as const, sameItems);
  const tags = tagLine ? tagLine.split("\n") : [];
  const content = useContentLanguage();
  return (
    <div className="map-title-block">
      <div className="map-title-row">
        <h1 className="map-title" lang={content.lang} dir={content.dir}>
          {title || t("editor.unnamed")}
        </h1>
        {!readOnly && <MapInfoDialog />}
      </div>
      {description && (
        <p className="map-description muted" lang={content.lang} dir={content.dir}>
          {description}
        </p>
      )}
      {tags.length > 0 && (
        <ul className="map-tags" aria-label={t("mapInfo.tags")}>
          {tags.map((tag) => (
            <li key={tag} className="chip" dir="auto">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
