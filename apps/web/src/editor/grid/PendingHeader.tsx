import { useTranslation } from "react-i18next";
import type { Lane, Step } from "@kaart/core";
import { useContentLanguage } from "./useContentLanguage";

/**
 * A step's or lane's header off the grid's first screen during its first render (see
 * `useFirstScreenFirst`): the name only, without the actions menu and drag handle the full
 * header brings a moment later.
 */
export function PendingHeader(props: { step: Step; col: number } | { lane: Lane }) {
  const { t } = useTranslation();
  const content = useContentLanguage();
  if ("step" in props) {
    return (
      <div role="columnheader" className="step-header" style={{ gridColumn: props.col }}>
        <span className="header-name" lang={content.lang} dir="auto">
          {content.text(props.step.id, "name", props.step.name) || t("editor.unnamed")}
        </span>
      </div>
    );
  }
  return (
    <div role="rowheader" className={`lane-header lane-${props.lane.type}`}>
      <span className="header-name" lang={content.lang} dir="auto">
        {content.text(props.lane.id, "name", props.lane.name) || t(`lanes.${props.lane.type}`)}
      </span>
    </div>
  );
}
