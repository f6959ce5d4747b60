import { useTranslation } from "react-i18next";
import { useContentLanguage } from "../grid/useContentLanguage";
import { useEditor } from "../session/EditorContext";

/** The map's title as the page's heading, in the map's own language. */
export function MapTitle() {
  const { t } = useTranslation();
  const { doc } = useEditor();
  const content = useContentLanguage();
  return (
    <h1 className="map-title" lang={content.lang} dir={content.dir}>
      {doc.map.title || t("editor.unnamed")}
    </h1>
  );
}
