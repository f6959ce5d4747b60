import { useTranslation } from "react-i18next";
import { renderMapSvg, type JourneyDocument } from "@kaart/core";
import { SvgImage } from "../presentation/SvgImage";
import { DiffView } from "./DiffView";

/** Two maps next to each other (current state and future state, or a version and now), with what differs. */
export function SideBySide({ left, right, leftLabel, rightLabel }: { left: JourneyDocument; right: JourneyDocument; leftLabel: string; rightLabel: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div className="side-by-side">
        <figure>
          <figcaption>{leftLabel}</figcaption>
          <SvgImage svg={renderMapSvg(left)} alt={t("versions.mapAlt", { title: left.map.title, label: leftLabel })} />
        </figure>
        <figure>
          <figcaption>{rightLabel}</figcaption>
          <SvgImage svg={renderMapSvg(right)} alt={t("versions.mapAlt", { title: right.map.title, label: rightLabel })} />
        </figure>
      </div>
      <h3>{t("versions.changes", { from: leftLabel, to: rightLabel })}</h3>
      <DiffView before={left} after={right} />
    </div>
  );
}
