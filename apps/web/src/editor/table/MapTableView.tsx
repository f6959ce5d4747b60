import { Cell, Column, Row, Table, TableBody, TableHeader } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useEditor } from "../session/EditorContext";
import { gridModel } from "../grid/grid-model";
import { useContentLanguage } from "../grid/useContentLanguage";
import { cellSummary } from "./cell-summary";

/** The whole map as a plain table (lanes × steps), the view screen-reader users can move through. */
export function MapTableView() {
  const { t } = useTranslation();
  const { doc, personaId } = useEditor();
  const content = useContentLanguage();
  const { columns, lanes } = gridModel(doc);
  const stageName = (stageId: string) => doc.stages[stageId]?.name ?? "";
  return (
    <div className="table-scroller" dir={content.dir} lang={content.lang}>
      <p id="table-caption" className="muted">
        {t("table.caption", { title: doc.map.title })}
      </p>
      <Table aria-labelledby="table-caption" className="map-table">
        <TableHeader>
          <Column isRowHeader id="lane">
            {t("table.lane")}
          </Column>
          {columns.map((s) => (
            <Column key={s.id} id={s.id}>
              {`${stageName(s.stageId)} — ${s.name || t("editor.unnamed")}`}
            </Column>
          ))}
        </TableHeader>
        <TableBody>
          {lanes.map((lane) => (
            <Row key={lane.id} id={lane.id}>
              <Cell>{lane.name || t(`lanes.${lane.type}`)}</Cell>
              {columns.map((s) => (
                <Cell key={s.id}>{cellSummary(doc, lane, s, personaId, t)}</Cell>
              ))}
            </Row>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
