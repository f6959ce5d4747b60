import { useTranslation } from "react-i18next";
import { useContentLanguage } from "../grid/useContentLanguage";
import { useEditor } from "../session/EditorContext";
import { MapInfoDialog } from "./MapInfoDialog";
import "./map-title.css";

/**
 * The map's title as the page's heading, in the map's own language, its description under it, and
 * (for those who may edit) the dialog that changes title, description and tags.
 */
export function MapTitle() {
  const { t } = useTranslation();
  const { doc, readOnly } = useEditor();
  const content = useContentLanguage();
  const description = doc.map.description ?? "";
  return (
    <div className="map-title-block">
      <div className="map-title-row">
        <h1 className="map-title" lang={content.lang} dir={content.dir}>
          {doc.map.title || t("editor.unnamed")}
        </h1>
        {!readOnly && <MapInfoDialog />}
      </div>
      {description && (
        <p className="map-description muted" lang={content.lang} dir={content.dir}>
          {description}
        </p>
      )}
      {doc.map.tags.length > 0 && (
        <ul className="map-tags" aria-label={t("mapInfo.tags")}>
          {doc.map.tags.map((tag) => (
            <li key={tag} className="chip" dir="auto">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
