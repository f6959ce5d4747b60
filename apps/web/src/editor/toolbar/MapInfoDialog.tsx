import { useState } from "react";
import { SaveCancelActions } from "../dialogs/SaveCancelActions";
import { Button, Dialog, DialogTrigger, Form, Heading, Input, Label, Modal, ModalOverlay, Text, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { updateMapInfo, type JourneyMap } from "@kaart/core";
import { useEditorActions } from "../session/EditorContext";
import { useContentLanguage } from "../grid/useContentLanguage";

interface Draft {
  title: string;
  description: string;
  tags: string;
}

const draftOf = (map: JourneyMap | undefined): Draft => ({ title: map?.title ?? "", description: map?.description ?? "", tags: map?.tags.join(", ") ?? "" });

/** Tags typed as one comma-separated line: blanks dropped, the first of two equal tags kept. */
export function parseTags(line: string): string[] {
  return [...new Set(line.split(",").map((tag) => tag.trim()).filter(Boolean))];
}

/**
 * Edits what the map is called and about: its title, description and tags, in one change (one
 * undo step). Title and description are written in the map's source language, so the fields
 * take its language and direction even when a translation is shown.
 */
export function MapInfoDialog() {
  const { t, i18n } = useTranslation();
  const { session, run } = useEditorActions();
  const content = useContentLanguage();
  // The map is read when the dialog opens, so the button does not follow every edit.
  const current = () => session.store.getSnapshot()?.map;
  const [draft, setDraft] = useState<Draft>(() => draftOf(current()));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const sourceLocale = current()?.sourceLocale ?? content.lang;
  const source = { lang: sourceLocale, dir: i18n.dir(sourceLocale) };
  const save = () => run(updateMapInfo, { title: draft.title.trim(), description: draft.description.trim(), tags: parseTags(draft.tags) });
  return (
    <DialogTrigger onOpenChange={(open) => open && setDraft(draftOf(current()))}>
      <Button className="button small">{t("mapInfo.edit")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                className="stack"
                onSubmit={(e) => {
                  e.preventDefault();
                  save();
                  close();
                }}
              >
                <Heading slot="title">{t("mapInfo.title")}</Heading>
                {content.translated && <p className="muted">{t("mapInfo.sourceLanguage", { language: source.lang })}</p>}
                <TextField value={draft.title} onChange={(title) => set({ title })} autoFocus maxLength={500} className="field">
                  <Label>{t("editor.title")}</Label>
                  <Input lang={source.lang} dir={source.dir} />
                </TextField>
                <TextField value={draft.description} onChange={(description) => set({ description })} maxLength={20_000} className="field">
                  <Label>{t("mapInfo.description")}</Label>
                  <TextArea rows={4} lang={source.lang} dir={source.dir} />
                </TextField>
                <TextField value={draft.tags} onChange={(tags) => set({ tags })} className="field">
                  <Label>{t("mapInfo.tags")}</Label>
                  <Input dir="auto" />
                  <Text slot="description">{t("mapInfo.tagsHint")}</Text>
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
