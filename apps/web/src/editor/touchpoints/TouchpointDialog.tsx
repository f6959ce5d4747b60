import { useState } from "react";
import { SaveCancelActions } from "../dialogs/SaveCancelActions";
import { Checkbox, Dialog, Form, Heading, Input, Label, Modal, ModalOverlay, Text, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addTouchpoint, CHANNEL_TYPES, OFFLINE_CHANNELS, setCellContent, updateTouchpoint, type ChannelType, type Lane, type Step, type Touchpoint, type TouchpointId } from "@kaart/core";
import { useEditor } from "../session/EditorContext";
import { ChoiceField } from "../dialogs/ChoiceField";
import "./touchpoints.css";

interface Draft {
  name: string;
  channel: ChannelType;
  online: boolean;
  ownerTeam: string;
  description: string;
}

const draftOf = (tp: Touchpoint | undefined): Draft => ({
  name: tp?.name ?? "",
  channel: tp?.channel ?? "web",
  online: tp?.online ?? true,
  ownerTeam: tp?.ownerTeam ?? "",
  description: tp?.description ?? "",
});

/**
 * Creates a touchpoint and puts it on the step, as one change (one undo step); or, given
 * `touchpoint`, edits it: name, channel, online or offline, the team that owns it (a touchpoint
 * without one is a gap in the analysis) and a description. A touchpoint is a record of the map,
 * so an edit shows wherever it is used.
 */
export function TouchpointDialog({ lane, step, existing, touchpoint, onClose }: { lane: Lane; step: Step; existing: TouchpointId[]; touchpoint?: Touchpoint; onClose(): void }) {
  const { t } = useTranslation();
  const { run, batch } = useEditor();
  const [draft, setDraft] = useState(() => draftOf(touchpoint));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const fields = { name: draft.name.trim(), channel: draft.channel, online: draft.online };
  const save = () => {
    if (touchpoint) {
      run(updateTouchpoint, { touchpointId: touchpoint.id, changes: { ...fields, ownerTeam: draft.ownerTeam.trim() || null, description: draft.description.trim() || null } });
      return;
    }
    batch((b) => {
      const id = b.run(addTouchpoint, { ...fields, ...(draft.ownerTeam.trim() && { ownerTeam: draft.ownerTeam.trim() }), ...(draft.description.trim() && { description: draft.description.trim() }) });
      if (id) b.run(setCellContent, { laneId: lane.id, at: step.id, content: { kind: "touchpoints", touchpointIds: [...existing, id] } });
    });
  };
  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} isDismissable className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog">
          <Form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              if (!fields.name) return;
              save();
              onClose();
            }}
          >
            <Heading slot="title">{touchpoint ? t("touchpointFields.editTitle", { name: touchpoint.name }) : t("touchpoints.add")}</Heading>
            <TextField value={draft.name} onChange={(name) => set({ name })} isRequired autoFocus maxLength={300} className="field">
              <Label>{t("touchpoints.name")}</Label>
              <Input dir="auto" />
            </TextField>
            <ChoiceField
              label={t("touchpoints.channel")}
              items={CHANNEL_TYPES.map((c) => ({ id: c, label: t(`touchpoints.channels.${c}`) }))}
              value={draft.channel}
              onChange={(v) => {
                const channel = CHANNEL_TYPES.find((c) => c === v) ?? "other";
                // Offline channels (phone, in person, packaging) suggest offline; the box can still be changed.
                set({ channel, online: !OFFLINE_CHANNELS.has(channel) });
              }}
            />
            <Checkbox isSelected={draft.online} onChange={(online) => set({ online })} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              {t("touchpointFields.online")}
            </Checkbox>
            <TextField value={draft.ownerTeam} onChange={(ownerTeam) => set({ ownerTeam })} maxLength={200} className="field">
              <Label>{t("touchpointFields.ownerTeam")}</Label>
              <Input dir="auto" />
              <Text slot="description">{t("touchpointFields.ownerTeamHint")}</Text>
            </TextField>
            <TextField value={draft.description} onChange={(description) => set({ description })} maxLength={2_000} className="field">
              <Label>{t("touchpointFields.description")}</Label>
              <TextArea rows={3} dir="auto" />
            </TextField>
            <SaveCancelActions onCancel={onClose} />
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
