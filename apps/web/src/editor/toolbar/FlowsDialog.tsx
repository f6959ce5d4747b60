import { useState } from "react";
import { Button, Dialog, DialogTrigger, Form, Heading, Input, Label, Modal, ModalOverlay, NumberField, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addFlowEdge, isId, removeFlowEdge, type FlowEdge, type StepId } from "@kaart/core";
import { useEditor } from "../session/EditorContext";
import { useContentLanguage } from "../grid/useContentLanguage";
import { ChoiceField } from "../dialogs/ChoiceField";
import { gridModel } from "../grid/grid-model";
import { FLOW_KINDS, placedFlows } from "../flows/flow-arcs";
import { flowText } from "../flows/flow-text";
import "../flows/flows.css";

interface Draft {
  from?: StepId;
  to?: StepId;
  kind: FlowEdge["kind"];
  label: string;
  /** Per cent of customers taking the flow; NaN when unknown. */
  percent: number;
}

const EMPTY: Draft = { kind: "branch", label: "", percent: NaN };

/**
 * The map's branches, loops and re-entries between steps: listed in the order the journey meets
 * them, each removable; a new one joins a start step to an end step with a kind and an optional
 * label (the condition, e.g. "card declined").
 */
export function FlowsDialog() {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button">{t("flows.title")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog stack">{({ close }) => <FlowsDialogBody close={close} />}</Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/** The dialog's content: mounted only while it is open, so the toolbar does not follow every edit. */
function FlowsDialogBody({ close }: { close(): void }) {
  const { t, i18n } = useTranslation();
  const { doc, run } = useEditor();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  const content = useContentLanguage();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<string>();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const model = gridModel(doc);
  const flows = placedFlows(doc, model.slots);
  const steps = model.columns.map((s) => ({ id: s.id, label: s.name || t("editor.unnamed") }));
  const stepId = (v: string | undefined) => (v && isId("step", v) ? v : undefined);
  const add = () => {
    if (!draft.from || !draft.to) return setError(t("flows.pickSteps"));
    const duplicate = flows.some(({ flow }) => flow.from === draft.from && flow.to === draft.to && flow.kind === draft.kind);
    if (duplicate) return setError(t("flows.duplicate"));
    const label = draft.label.trim();
    const share = Number.isNaN(draft.percent) ? undefined : draft.percent / 100;
    if (run(addFlowEdge, { from: draft.from, to: draft.to, kind: draft.kind, ...(label && { label }), ...(share !== undefined && { share }) })) {
      setDraft(EMPTY);
      setError(undefined);
    }
  };
  return (
    <>
      <Heading slot="title">{t("flows.title")}</Heading>
      <p className="muted">{t("flows.intro")}</p>
      {flows.length === 0 ? (
        <p>{t("flows.none")}</p>
      ) : (
        <ul className="flows-list" aria-label={t("flows.existing")}>
          {flows.map((p) => {
            const text = flowText(t, p);
            return (
              <li key={p.flow.id} className="flows-list-item">
                <span lang={content.lang} dir="auto">
                  {text}
                  {p.flow.share !== undefined && <span className="muted"> · {t("flows.shareOf", { share: percent.format(p.flow.share) })}</span>}
                </span>
                <Button className="button small danger" aria-label={t("flows.remove", { flow: text })} onPress={() => run(removeFlowEdge, { flowId: p.flow.id })}>
                  {t("app.delete")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Form
        className="stack flows-add"
        aria-label={t("flows.add")}
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <h3 className="flows-add-heading">{t("flows.add")}</h3>
        <ChoiceField label={t("flows.from")} items={steps} value={draft.from} onChange={(v) => set({ from: stepId(v) })} />
        <ChoiceField label={t("flows.to")} items={steps} value={draft.to} onChange={(v) => set({ to: stepId(v) })} />
        <ChoiceField
          label={t("flows.kind")}
          items={FLOW_KINDS.map((k) => ({ id: k, label: t(`flows.kinds.${k}`) }))}
          value={draft.kind}
          onChange={(v) => set({ kind: FLOW_KINDS.find((k) => k === v) ?? "branch" })}
        />
        <TextField value={draft.label} onChange={(label) => set({ label })} maxLength={500} className="field">
          <Label>{t("flows.label")}</Label>
          <Input lang={content.lang} dir="auto" placeholder={t("flows.labelExample")} />
        </TextField>
        <NumberField value={draft.percent} onChange={(v) => set({ percent: v })} minValue={0} maxValue={100} className="field" formatOptions={{ maximumFractionDigits: 1 }}>
          <Label>{t("flows.share")}</Label>
          <Input className="flows-share-input" />
          <Text slot="description">{t("flows.shareHint")}</Text>
        </NumberField>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <Button className="button quiet" onPress={close}>
            {t("app.close")}
          </Button>
          <Button type="submit" className="button primary">
            {t("flows.addButton")}
          </Button>
        </div>
      </Form>
    </>
  );
}
