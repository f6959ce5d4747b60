import { useState } from "react";
import { Button, Dialog, Form, Heading, Input, Label, Modal, ModalOverlay, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addCard, CARD_STATUSES, plainText, removeCard, richText, updateCard, type Card, type CardKind, type CardStatus, type Lane, type Step } from "@kaart/core";
import { useEditor } from "../session/EditorContext";
import { useContentLanguage } from "../grid/useContentLanguage";
import { ChoiceField } from "../dialogs/ChoiceField";
import { CardMoveButtons } from "./CardMoveButtons";
import { CardDialogEvidence, evidenceDrafts, evidenceOf, isAcceptableHref, type EvidenceDraft } from "./CardDialogEvidence";

const SCALE = ["1", "2", "3", "4", "5"] as const;

interface Draft {
  title: string;
  severity?: number;
  impact?: number;
  effort?: number;
  owner: string;
  status?: CardStatus;
  body: string;
  evidence: EvidenceDraft[];
}

const draftOf = (card: Card | undefined): Draft => ({
  title: card?.title ?? "",
  severity: card?.severity,
  impact: card?.impact,
  effort: card?.effort,
  owner: card?.owner ?? "",
  status: card?.status,
  body: plainText(card?.body),
  evidence: evidenceDrafts(card?.evidence),
});

/** Adds or edits a card: pain points have a severity, opportunities impact, effort, owner and status. */
export function CardDialog({ card, kind, lane, step, onClose }: { card: Card | undefined; kind: CardKind; lane: Lane; step: Step; onClose(): void }) {
  const { t } = useTranslation();
  const { run, readOnly } = useEditor();
  const content = useContentLanguage();
  const [draft, setDraft] = useState(() => draftOf(card));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const num = (v: string | undefined) => (v ? Number(v) : undefined);
  // null clears a field on update; a new card simply leaves it out.
  const fields = {
    title: draft.title.trim(),
    ...(kind === "painPoint" ? { severity: draft.severity ?? null } : { impact: draft.impact ?? null, effort: draft.effort ?? null, status: draft.status ?? null }),
    owner: draft.owner.trim() || null,
    // The body is sent only when its text changed, so formatting made elsewhere survives a save.
    ...(draft.body.trim() !== plainText(card?.body).trim() && { body: draft.body.trim() ? richText(draft.body.trim()) : null }),
    evidence: evidenceOf(draft.evidence).length > 0 ? evidenceOf(draft.evidence) : null,
  };
  const save = () => {
    if (card) run(updateCard, { cardId: card.id, changes: fields });
    else
      run(addCard, {
        laneId: lane.id,
        at: step.id,
        kind,
        title: fields.title,
        severity: draft.severity,
        impact: draft.impact,
        effort: draft.effort,
        status: draft.status,
        owner: fields.owner ?? undefined,
        body: fields.body ?? undefined,
        evidence: fields.evidence ?? undefined,
      });
  };
  const heading = card ? t("cards.editCard", { title: card.title }) : kind === "opportunity" ? t("cards.addOpportunity") : t("cards.addPainPoint");
  const scaleItems = SCALE.map((v) => ({ id: v, label: v }));
  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} isDismissable className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog">
          <Form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              // A read-only map (viewers, commenters) shows the card but never edits it.
              if (readOnly) return onClose();
              if (!draft.evidence.every((item) => isAcceptableHref(item.href))) return;
              save();
              onClose();
            }}
          >
            <Heading slot="title">{heading}</Heading>
            <TextField value={draft.title} onChange={(title) => set({ title })} autoFocus isRequired isReadOnly={readOnly} className="field">
              <Label>{t("cards.cardTitle")}</Label>
              <Input lang={content.lang} dir="auto" />
            </TextField>
            <TextField value={draft.body} onChange={(body) => set({ body })} maxLength={20_000} isReadOnly={readOnly} className="field card-dialog-body">
              <Label>{t("cardDetails.body")}</Label>
              <TextArea rows={3} lang={content.lang} dir="auto" />
            </TextField>
            {kind === "painPoint" ? (
              <ChoiceField label={t("cards.severity")} items={scaleItems} value={draft.severity?.toString()} onChange={(v) => set({ severity: num(v) })} />
            ) : (
              <>
                <ChoiceField label={t("cards.impact")} items={scaleItems} value={draft.impact?.toString()} onChange={(v) => set({ impact: num(v) })} />
                <ChoiceField label={t("cards.effort")} items={scaleItems} value={draft.effort?.toString()} onChange={(v) => set({ effort: num(v) })} />
                <ChoiceField
                  label={t("cards.status")}
                  items={CARD_STATUSES.map((s) => ({ id: s, label: t(`cards.statuses.${s}`) }))}
                  value={draft.status}
                  onChange={(v) => set({ status: CARD_STATUSES.find((s) => s === v) })}
                />
              </>
            )}
            <TextField value={draft.owner} onChange={(owner) => set({ owner })} isReadOnly={readOnly} className="field">
              <Label>{t("cards.owner")}</Label>
              <Input />
            </TextField>
            <CardDialogEvidence items={draft.evidence} onChange={(evidence) => set({ evidence })} lang={content.lang} readOnly={readOnly} />
            {card && !readOnly && <CardMoveButtons card={card} onMoved={onClose} />}
            <div className="dialog-actions">
              {card && !readOnly && (
                <Button
                  className="button danger"
                  onPress={() => {
                    run(removeCard, { cardId: card.id });
                    onClose();
                  }}
                >
                  {t("app.delete")}
                </Button>
              )}
              <Button className="button quiet" onPress={onClose}>
                {readOnly ? t("app.close") : t("app.cancel")}
              </Button>
              {!readOnly && (
                <Button type="submit" className="button primary">
                  {t("app.save")}
                </Button>
              )}
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
