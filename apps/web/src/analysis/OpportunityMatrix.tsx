import { useRef, useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Menu, MenuItem, MenuTrigger, Modal, ModalOverlay, Popover, useDrag, useDrop } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { analysisOptionsSchema, analyzeMap, updateCard, type OpportunityFinding, type Quadrant } from "@kaart/core";
import { useEditor } from "../editor/session/EditorContext";
import { droppedText } from "../editor/reorder/dropped-text";
import { placeInQuadrant, RATED_QUADRANTS, type RatedQuadrant } from "./quadrant-placement";
import "./opportunity-matrix.css";

const DRAG_TYPE = "application/x-kaart-opportunity";
/** The analysis's default cut between high and low; read when used (core's schemas may load after this module). */
const defaultCut = () => analysisOptionsSchema.parse({}).quadrantCut;

/**
 * The opportunity matrix: every opportunity and idea of the map by impact and feasibility, in the
 * four quadrants `analyzeMap` ranks them by. Dragging a card to another quadrant (or choosing one
 * from its "Move to" menu, the keyboard's and screen reader's way) changes its impact and effort
 * just enough to land there, as one `updateCard` edit. Mounted while open only.
 */
export function OpportunityMatrix() {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button">{t("matrix.open")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal wide">
          <Dialog className="dialog stack">{({ close }) => <MatrixBody close={close} />}</Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function MatrixBody({ close }: { close(): void }) {
  const { t } = useTranslation();
  const { doc, batch, readOnly } = useEditor();
  const [announcement, setAnnouncement] = useState("");
  const opportunities = analyzeMap(doc).opportunities;
  const inQuadrant = (q: Quadrant) => opportunities.filter((o) => o.quadrant === q);
  const move = (cardId: string, quadrant: RatedQuadrant) => {
    const card = doc.cards[cardId];
    if (!card) return;
    const placed = placeInQuadrant({ impact: card.impact, effort: card.effort }, quadrant, defaultCut());
    if (placed.impact === card.impact && placed.effort === card.effort) return;
    // A refused edit (the editor shows why) is not announced as a move.
    const moved = batch((b) => {
      b.run(updateCard, { cardId: card.id, changes: placed });
      return true;
    });
    if (moved) {
      setAnnouncement(t("matrix.moved", { title: card.title || t("editor.unnamed"), quadrant: t(`analysis.quadrants.${quadrant}`), impact: placed.impact, effort: placed.effort }));
    }
  };
  const unrated = inQuadrant("unrated");
  return (
    <>
      <Heading slot="title">{t("matrix.title")}</Heading>
      <p className="muted">{t("matrix.help")}</p>
      <div className="matrix" role="group" aria-label={t("matrix.title")}>
        <span className="matrix-axis impact" aria-hidden="true">
          {t("matrix.impactAxis")}
        </span>
        {(["majorProject", "quickWin", "thanklessTask", "fillIn"] as const).map((q) => (
          <QuadrantBox key={q} quadrant={q} items={inQuadrant(q)} readOnly={readOnly} onMove={move} />
        ))}
        <span className="matrix-axis feasibility" aria-hidden="true">
          {t("matrix.feasibilityAxis")}
        </span>
      </div>
      {unrated.length > 0 && (
        <section aria-labelledby="matrix-unrated">
          <h3 id="matrix-unrated">{t("analysis.quadrants.unrated")}</h3>
          <ul className="matrix-cards">
            {unrated.map((o) => (
              <MatrixCard key={o.cardId} finding={o} readOnly={readOnly} onMove={move} />
            ))}
          </ul>
        </section>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="dialog-actions">
        <Button className="button" onPress={close}>
          {t("app.close")}
        </Button>
      </div>
    </>
  );
}

function QuadrantBox({ quadrant, items, readOnly, onMove }: { quadrant: RatedQuadrant; items: OpportunityFinding[]; readOnly: boolean; onMove(cardId: string, q: RatedQuadrant): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const { dropProps, isDropTarget } = useDrop({
    ref,
    isDisabled: readOnly,
    getDropOperation: (types) => (types.has(DRAG_TYPE) ? "move" : "cancel"),
    onDrop: async (e) => {
      const id = await droppedText(e.items, DRAG_TYPE);
      if (id) onMove(id, quadrant);
    },
  });
  const id = `matrix-${quadrant}`;
  return (
    <section ref={ref} {...dropProps} className={`matrix-quadrant ${quadrant}`} data-drop-target={isDropTarget || undefined} aria-labelledby={id}>
      <h3 id={id}>
        {t(`analysis.quadrants.${quadrant}`)} <span className="muted small">({t("matrix.count", { count: items.length })})</span>
      </h3>
      <ul className="matrix-cards">
        {items.map((o) => (
          <MatrixCard key={o.cardId} finding={o} readOnly={readOnly} onMove={onMove} />
        ))}
      </ul>
    </section>
  );
}

function MatrixCard({ finding, readOnly, onMove }: { finding: OpportunityFinding; readOnly: boolean; onMove(cardId: string, q: RatedQuadrant): void }) {
  const { t } = useTranslation();
  const { dragProps, isDragging } = useDrag({
    isDisabled: readOnly,
    getItems: () => [{ [DRAG_TYPE]: finding.cardId, "text/plain": finding.title }],
    getAllowedDropOperations: () => ["move"],
    // Keyboard and screen-reader users move a card with its "Move to" menu instead.
    hasDragButton: true,
  });
  const title = finding.title || t("editor.unnamed");
  const figures = finding.impact !== null && finding.effort !== null ? t("cards.impactEffort", { impact: finding.impact, effort: finding.effort }) : t("analysis.quadrants.unrated");
  return (
    <li className="matrix-card" {...dragProps} data-dragging={isDragging || undefined}>
      <span dir="auto">{title}</span>
      <span className="muted small">{figures}</span>
      {!readOnly && (
        <MenuTrigger>
          <Button className="icon-button" aria-label={t("matrix.moveCard", { title })}>
            <span aria-hidden="true">⋯</span>
          </Button>
          <Popover className="popover">
            <Menu className="menu" onAction={(key) => {
                const quadrant = RATED_QUADRANTS.find((q) => q === key);
                if (quadrant) onMove(finding.cardId, quadrant);
              }} disabledKeys={finding.quadrant === "unrated" ? [] : [finding.quadrant]}>
              {RATED_QUADRANTS.map((q) => (
                <MenuItem key={q} id={q} className="menu-item">
                  {t("matrix.moveTo", { quadrant: t(`analysis.quadrants.${q}`) })}
                </MenuItem>
              ))}
            </Menu>
          </Popover>
        </MenuTrigger>
      )}
    </li>
  );
}
