import { useRef } from "react";
import { Button, Group } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useZoom, useZoomStore } from "./ZoomContext";
import { gridFitZoom } from "./grid-fit";
import { MAX_ZOOM, MIN_ZOOM, stepZoom } from "./zoom-levels";

/** Zoom out, the level in per cent, zoom in, fit to screen, back to 100 % — for the grid view. */
export function ZoomControls() {
  const { t, i18n } = useTranslation();
  const store = useZoomStore();
  const zoom = useZoom();
  const group = useRef<HTMLDivElement>(null);
  const percent = (z: number) => new Intl.NumberFormat(i18n.language, { style: "percent" }).format(z);
  return (
    <Group ref={group} aria-label={t("zoom.group")} className="zoom-controls">
      <Button className="button small" aria-label={t("zoom.out")} aria-keyshortcuts="Control+Minus" isDisabled={zoom <= MIN_ZOOM} onPress={() => store.set(stepZoom(zoom, -1))}>
        −
      </Button>
      <output aria-label={t("zoom.level")}>{percent(zoom)}</output>
      <Button className="button small" aria-label={t("zoom.in")} aria-keyshortcuts="Control+Plus" isDisabled={zoom >= MAX_ZOOM} onPress={() => store.set(stepZoom(zoom, 1))}>
        +
      </Button>
      <Button className="button small" onPress={() => store.set(gridFitZoom(group.current?.closest(".editor") ?? null))}>
        {t("zoom.fit")}
      </Button>
      <Button className="button small" aria-label={t("zoom.reset", { percent: percent(1) })} aria-keyshortcuts="Control+0" isDisabled={zoom === 1} onPress={() => store.set(1)}>
        {percent(1)}
      </Button>
    </Group>
  );
}
