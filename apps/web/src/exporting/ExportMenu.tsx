import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { EXPORT_FORMATS, type ExportFormat } from "@kaart/contract";

/** Catalogue key of each export format's name. */
const LABEL: Record<ExportFormat, string> = { json: "json", yaml: "yaml", mmd: "mermaid", csv: "csv", md: "markdown", svg: "svg", png: "png", pdf: "pdf", xlsx: "xlsx" };

/** Downloads the map from the server in any export format. */
export function ExportMenu({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  return (
    <MenuTrigger>
      <Button className="button">{t("exporting.open")}</Button>
      <Popover className="popover">
        <Menu className="menu" aria-label={t("exporting.title")}>
          {EXPORT_FORMATS.map((f) => (
            <MenuItem key={f} id={f} className="menu-item" href={`/api/maps/${encodeURIComponent(mapId)}/export?format=${f}`} download>
              {t("exporting.download", { format: t(`exporting.formats.${LABEL[f]}`) })}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
