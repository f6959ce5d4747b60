import { Button, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { EVIDENCE_KINDS, safeHrefSchema, type Evidence } from "@kaart/core";
import "./card-dialog.css";

type EvidenceKind = Evidence["kind"];

/** One piece of evidence as the dialog edits it: every field a string, `key` only for React. */
export interface EvidenceDraft {
  key: number;
  kind: EvidenceKind;
  text: string;
  source: string;
  href: string;
}

let nextKey = 0;

export function evidenceDrafts(evidence: readonly Evidence[] | undefined): EvidenceDraft[] {
  return (evidence ?? []).map((e) => ({ key: nextKey++, kind: e.kind, text: e.text ?? "", source: e.source ?? "", href: e.href ?? "" }));
}

export function blankEvidence(): EvidenceDraft {
  return { key: nextKey++, kind: "quote", text: "", source: "", href: "" };
}

/** A link the map may hold (http, https or mailto), or an empty field. */
export function isAcceptableHref(href: string): boolean {
  return href.trim() === "" || safeHrefSchema.safeParse(href.trim()).success;
}

/** The evidence records to save: trimmed, empty fields left out, items with nothing in them dropped. */
export function evidenceOf(drafts: readonly EvidenceDraft[]): Evidence[] {
  return drafts.flatMap((d) => {
    const text = d.text.trim();
    const source = d.source.trim();
    const href = d.href.trim();
    if (!text && !source && !href) return [];
    return [{ kind: d.kind, ...(text && { text }), ...(source && { source }), ...(href && { href }) }];
  });
}

/**
 * The card's evidence: quotes, interviews, tickets, reviews and the like that ground it in
 * research. Each item names its kind, what was said or seen, where it came from and a link.
 */
export function CardDialogEvidence({ items, onChange, lang, readOnly = false }: { items: EvidenceDraft[]; onChange(items: EvidenceDraft[]): void; lang: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<EvidenceDraft>) => onChange(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  return (
    <fieldset className="evidence-fields stack">
      <legend>{t("cardDetails.evidence.title")}</legend>
      {items.length === 0 && <p className="muted">{t("cardDetails.evidence.none")}</p>}
      <ol className="evidence-list">
        {items.map((item, i) => {
          const n = i + 1;
          return (
            <li key={item.key}>
              <div role="group" className="evidence-item" aria-label={t("cardDetails.evidence.item", { n })}>
                <Select
                  className="field"
                  isDisabled={readOnly}
                  value={item.kind}
                  onChange={(key) => update(item.key, { kind: EVIDENCE_KINDS.find((k) => k === key) ?? "quote" })}
                >
                  <Label>{t("cardDetails.evidence.kind")}</Label>
                  <Button className="select-button">
                    <SelectValue />
                    <span aria-hidden="true">▾</span>
                  </Button>
                  <Popover>
                    <ListBox className="listbox" items={EVIDENCE_KINDS.map((k) => ({ id: k, label: t(`cardDetails.evidence.kinds.${k}`) }))}>
                      {(k) => (
                        <ListBoxItem id={k.id} className="listbox-item">
                          {k.label}
                        </ListBoxItem>
                      )}
                    </ListBox>
                  </Popover>
                </Select>
                <TextField value={item.text} onChange={(text) => update(item.key, { text })} maxLength={5_000} isReadOnly={readOnly} className="field">
                  <Label>{t("cardDetails.evidence.text")}</Label>
                  <TextArea rows={2} lang={lang} dir="auto" />
                </TextField>
                <TextField value={item.source} onChange={(source) => update(item.key, { source })} maxLength={500} isReadOnly={readOnly} className="field">
                  <Label>{t("cardDetails.evidence.source")}</Label>
                  <Input dir="auto" />
                </TextField>
                <TextField
                  value={item.href}
                  onChange={(href) => update(item.key, { href })}
                  type="url"
                  isReadOnly={readOnly}
                  className="field"
                  isInvalid={!isAcceptableHref(item.href)}
                  validationBehavior="aria"
                >
                  <Label>{t("cardDetails.evidence.link")}</Label>
                  <Input dir="ltr" />
                  <FieldError>{t("cardDetails.evidence.badLink")}</FieldError>
                </TextField>
                {!readOnly && (
                  <Button className="button small danger" onPress={() => onChange(items.filter((x) => x.key !== item.key))}>
                    {t("cardDetails.evidence.remove", { n })}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <Button className="button small" onPress={() => onChange([...items, blankEvidence()])}>
          {t("cardDetails.evidence.add")}
        </Button>
      )}
    </fieldset>
  );
}
