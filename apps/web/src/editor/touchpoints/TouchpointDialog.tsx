import { useState } from "react";
import { Button, Dialog, Form, Heading, Input, Label, Modal, ModalOverlay, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addTouchpoint, CHANNEL_TYPES, OFFLINE_CHANNELS, setCellContent, type ChannelType, type Lane, type Step, type TouchpointId } from "@kaart/core";
import { useEditor } from "../session/EditorContext";
import { ChoiceField } from "../dialogs/ChoiceField";

/** Creates a touchpoint and puts it on the step, as one change (one undo step). */
export function TouchpointDialog({ lane, step, existing, onClose }: { lane: Lane; step: Step; existing: TouchpointId[]; onClose(): void }) {
  const { t } = useTranslation();
  const { batch } = useEditor();
  const [name, setName] = useState("");
  const [channel, setChannel] = useState<ChannelType>("web");
  const save = () =>
    batch((b) => {
      const id = b.run(addTouchpoint, { name: name.trim(), channel, online: !OFFLINE_CHANNELS.has(channel) });
      if (id) b.run(setCellContent, { laneId: lane.id, at: step.id, content: { kind: "touchpoints", touchpointIds: [...existing, id] } });
    });
  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} isDismissable className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog">
          <Form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              save();
              onClose();
            }}
          >
            <Heading slot="title">{t("touchpoints.add")}</Heading>
            <TextField value={name} onChange={setName} isRequired autoFocus className="field">
              <Label>{t("touchpoints.name")}</Label>
              <Input dir="auto" />
            </TextField>
            <ChoiceField
              label={t("touchpoints.channel")}
              items={CHANNEL_TYPES.map((c) => ({ id: c, label: t(`touchpoints.channels.${c}`) }))}
              value={channel}
              onChange={(v) => setChannel(CHANNEL_TYPES.find((c) => c === v) ?? "other")}
            />
            <div className="dialog-actions">
              <Button className="button quiet" onPress={onClose}>
                {t("app.cancel")}
              </Button>
              <Button type="submit" className="button primary">
                {t("app.save")}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
