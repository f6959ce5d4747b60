import { useState } from "react";
import { SaveCancelActions } from "../dialogs/SaveCancelActions";
import { Button, Dialog, DialogTrigger, Form, Heading, Input, Label, Modal, ModalOverlay, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addLane, LANE_TYPES, type LaneType } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
import { useContentLanguage } from "../grid/useContentLanguage";
import { ChoiceField } from "../dialogs/ChoiceField";

/** Adds a lane of a chosen type (actions, pain points, backstage, …) at the bottom of the grid. */
export function AddLaneDialog() {
  const { t } = useTranslation();
  const { run } = useEditorActions();
  const content = useContentLanguage();
  const [type, setType] = useState<LaneType>("text");
  const [name, setName] = useState("");
  return (
    <DialogTrigger onOpenChange={(open) => open && (setName(""), setType("text"))}>
      <Button className="button">{t("editor.addLane")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                className="stack"
                onSubmit={(e) => {
                  e.preventDefault();
                  run(addLane, { type, name: name.trim() || t(`lanes.${type}`) });
                  close();
                }}
              >
                <Heading slot="title">{t("editor.addLane")}</Heading>
                <ChoiceField
                  label={t("editor.laneType")}
                  items={LANE_TYPES.map((l) => ({ id: l, label: t(`lanes.${l}`) }))}
                  value={type}
                  onChange={(v) => setType(LANE_TYPES.find((l) => l === v) ?? "text")}
                />
                <TextField value={name} onChange={setName} className="field">
                  <Label>{t("editor.name")}</Label>
                  <Input lang={content.lang} dir="auto" placeholder={t(`lanes.${type}`)} />
                </TextField>
                <SaveCancelActions onCancel={close} />
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
