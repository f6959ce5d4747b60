import { useEffect, useState } from "react";
import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { renderMapSvg, validateDocument, type JourneyDocument } from "@kaart/core";
import { api } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { hrefOf, type Route } from "../app/route";
import { AppHeader } from "../app/AppHeader";
import { SvgImage } from "./SvgImage";

/** The map as the presentation picture (the same SVG the exports use), full width. */
export function PresentationScreen({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const mapId = route.screen === "present" ? route.mapId : "";
  const [doc, setDoc] = useState<JourneyDocument>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.getMap({ params: { mapId } }).then(
      (m) => {
        const v = validateDocument(m.document);
        if (v.ok) setDoc(v.document);
        else setError(v.issues[0]?.message ?? "invalid document");
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [mapId]);
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page wide presentation">
        <div className="page-head">
          <h1>{doc ? doc.map.title : t("presentation.title")}</h1>
          <Link className="button" href={hrefOf({ screen: "editor", mapId })}>
            {t("presentation.exit")}
          </Link>
        </div>
        {error && <p role="alert" className="error">{t("app.error", { message: error })}</p>}
        {doc ? <SvgImage svg={renderMapSvg(doc, { locale: i18n.language })} alt={doc.map.accessibility.title ?? doc.map.title} /> : !error && <p>{t("app.loading")}</p>}
      </main>
    </>
  );
}
