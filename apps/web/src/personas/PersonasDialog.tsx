import { useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { addPersona, attachPersona, detachPersona, removePersona, updatePersona, type PersonaId } from "@kaart/core";
import { useDocumentWhile, useEditorActions, useLastEditError } from "../editor/session/EditorContext";
import { PersonaAvatar } from "./PersonaAvatar";
import { PersonaForm } from "./PersonaForm";
import { addArgs, draftOf, EMPTY_DRAFT, updateChanges } from "./persona-form";
import "./personas.css";

/**
 * The map's personas: add, edit, remove, and choose which ones the map is about (its targets).
 * Which persona's curve the grid shows is the toolbar's persona picker.
 */
export function PersonasDialog() {
  const { t } = useTranslation();
  const { run, batch, readOnly } = useEditorActions();
  const lastError = useLastEditError();
  const [open, setOpen] = useState(false);
  const doc = useDocumentWhile(open);
  const [saveFailed, setSaveFailed] = useState(false);
  const [editing, setEditing] = useState<PersonaId | "new">();
  const personas = Object.values(doc.personas);
  const targets = doc.map.scope.targetPersonaIds;
  const current = editing && editing !== "new" ? doc.personas[editing] : undefined;
  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(o) => {
        setOpen(o);
        setEditing(undefined);
        setSaveFailed(false);
      }}
    >
      <Button className="button">{t("personas.open")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal wide">
          <Dialog className="dialog stack">
            {({ close }) => (
              <>
                <Heading slot="title">{editing === "new" ? t("personas.addTitle") : current ? t("personas.editTitle", { name: current.name }) : t("personas.title")}</Heading>
                {saveFailed && lastError && (
                  <p role="alert" className="error">
                    {t("app.error", { message: lastError.message })}
                  </p>
                )}
                {editing && !readOnly ? (
                  <PersonaForm
                    key={editing}
                    initial={current ? draftOf(current) : EMPTY_DRAFT}
                    onCancel={() => {
                      setEditing(undefined);
                      setSaveFailed(false);
                    }}
                    onSave={(d) => {
                      // Both return true only when every operation applied; a refusal keeps the form open.
                      const ok =
                        editing === "new"
                          ? batch((b) => {
                              const id = b.run(addPersona, addArgs(d));
                              // A persona made from the map's own dialog is one the map is about.
                              if (id) b.run(attachPersona, { personaId: id });
                              return true;
                            })
                          : batch((b) => {
                              b.run(updatePersona, { personaId: editing, changes: updateChanges(d) });
                              return true;
                            });
                      setSaveFailed(ok !== true);
                      if (ok === true) setEditing(undefined);
                    }}
                  />
                ) : (
                  <>
                    <p className="muted">{t("personas.count", { count: personas.length })}</p>
                    <ul className="persona-list">
                      {personas.map((p) => (
                        <li key={p.id} className="persona-row">
                          <PersonaAvatar persona={p} />
                          <span className="persona-name" dir="auto">
                            {p.name}
                            {p.occupation && <span className="muted"> · {p.occupation}</span>}
                          </span>
                          <label className="check">
                            <input
                              type="checkbox"
                              disabled={readOnly}
                              checked={targets.includes(p.id)}
                              onChange={(e) => run(e.target.checked ? attachPersona : detachPersona, { personaId: p.id })}
                            />
                            {t("personas.target", { name: p.name })}
                          </label>
                          {!readOnly && (
                            <>
                              <Button className="button" aria-label={t("personas.edit", { name: p.name })} onPress={() => setEditing(p.id)}>
                                {t("personas.editShort")}
                              </Button>
                              <Button className="button quiet" aria-label={t("personas.remove", { name: p.name })} onPress={() => run(removePersona, { personaId: p.id })}>
                                {t("app.delete")}
                              </Button>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                    <div className="dialog-actions">
                      {!readOnly && (
                        <Button className="button" onPress={() => setEditing("new")}>
                          {t("personas.add")}
                        </Button>
                      )}
                      <Button className="button primary" onPress={close}>
                        {t("app.close")}
                      </Button>
                    </div>
                  </>
                )}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
