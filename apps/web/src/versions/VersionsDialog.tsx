import { useCallback, useEffect, useState } from "react";
import { Button, Dialog, DialogTrigger, Form, Heading, Input, Label, Link, Modal, ModalOverlay, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { validateDocument, type JourneyDocument } from "@kaart/core";
import type { Version } from "@kaart/contract";
import { api } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { useDocumentWhile, useEditorActions } from "../editor/session/EditorContext";
import { SideBySide } from "./SideBySide";
import { branchFutureState } from "./branch-future-state";

/** A document from the server, checked like any other input before it is diffed or drawn. */
function checked(document: unknown): JourneyDocument {
  const v = validateDocument(document);
  if (!v.ok) throw new Error(v.issues[0]?.message ?? "invalid document");
  return v.document;
}

type Compare = { kind: "version"; version: Version; document: JourneyDocument } | { kind: "origin"; document: JourneyDocument };

/**
 * The map's saved versions on the server: save a named one, compare any with the map as it is now,
 * restore one (the server records the restore as a new version), branch a future-state map, and
 * compare a derived map with the map it came from.
 */
export function VersionsDialog({ mapId }: { mapId: string }) {
  const { t, i18n } = useTranslation();
  const { readOnly } = useEditorActions();
  const [versions, setVersions] = useState<Version[]>();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const [compare, setCompare] = useState<Compare>();
  const [branch, setBranch] = useState<string>();
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  const guard = useCallback(async (work: () => Promise<void>) => {
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  const load = useCallback(() => guard(async () => setVersions(await api.listVersions({ params: { mapId } }))), [guard, mapId]);
  const [open, setOpen] = useState(false);
  const doc = useDocumentWhile(open);
  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  const origin = doc.map.derivedFrom;
  const label = (v: Version) => v.name ?? t("versions.automatic", { date: date(v.createdAt) });
  return (
    <DialogTrigger
      isOpen={open}
      onOpenChange={(o) => {
        setOpen(o);
        setCompare(undefined);
      }}
    >
      <Button className="button">{t("versions.open")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal wide">
          <Dialog className="dialog stack">
            {({ close }) => (
              <>
                <Heading slot="title">{t("versions.title")}</Heading>
                {error && (
                  <p role="alert" className="error">
                    {t("app.error", { message: error })}
                  </p>
                )}
                {compare ? (
                  <>
                    <SideBySide
                      left={compare.document}
                      right={doc}
                      leftLabel={compare.kind === "version" ? label(compare.version) : t("versions.origin", { title: compare.document.map.title })}
                      rightLabel={compare.kind === "version" ? t("versions.current") : t(`versions.relation.${origin?.relation ?? "copy"}`)}
                    />
                    <div className="dialog-actions">
                      {compare.kind === "version" && !readOnly && (
                        <Button
                          className="button"
                          onPress={() =>
                            void guard(async () => {
                              await api.restoreVersion({ params: { mapId, versionId: compare.version.id } });
                              setCompare(undefined);
                              await load();
                            })
                          }
                        >
                          {t("versions.restore", { name: label(compare.version) })}
                        </Button>
                      )}
                      <Button className="button primary" onPress={() => setCompare(undefined)}>
                        {t("app.back")}
                      </Button>
                    </div>
                  </>
                ) : (
                  <>
                    {!readOnly && (
                      <Form
                        className="locale-add"
                        validationBehavior="aria"
                        onSubmit={(e) => {
                          e.preventDefault();
                          const n = name.trim();
                          if (!n) return;
                          void guard(async () => {
                            await api.createVersion({ params: { mapId }, body: { name: n } });
                            setName("");
                            await load();
                          });
                        }}
                      >
                        <TextField className="field" value={name} onChange={setName} isRequired>
                          <Label>{t("versions.name")}</Label>
                          <Input dir="auto" />
                        </TextField>
                        <Button type="submit" className="button">
                          {t("versions.save")}
                        </Button>
                      </Form>
                    )}
                    <h3>{t("versions.history")}</h3>
                    {versions === undefined ? (
                      <p>{t("app.loading")}</p>
                    ) : versions.length === 0 ? (
                      <p className="muted">{t("versions.none")}</p>
                    ) : (
                      <ul className="version-list">
                        {versions.map((v) => (
                          <li key={v.id}>
                            <span className="version-name" dir="auto">
                              {label(v)}
                              {v.name && <span className="muted"> · {date(v.createdAt)}</span>}
                            </span>
                            <Button
                              className="button"
                              aria-label={t("versions.compareWith", { name: label(v) })}
                              onPress={() =>
                                void guard(async () => {
                                  const r = await api.getVersion({ params: { mapId, versionId: v.id } });
                                  setCompare({ kind: "version", version: r.version, document: checked(r.document) });
                                })
                              }
                            >
                              {t("versions.compare")}
                            </Button>
                          </li>
                        ))}
                      </ul>
                    )}
                    <h3>{t("versions.futureTitle")}</h3>
                    {origin && (
                      <Button
                        className="button"
                        onPress={() =>
                          void guard(async () => {
                            const r = await api.getMap({ params: { mapId: origin.mapId } });
                            setCompare({ kind: "origin", document: checked(r.document) });
                          })
                        }
                      >
                        {t("versions.compareOrigin")}
                      </Button>
                    )}
                    {!readOnly && (
                      <Button
                        className="button"
                        onPress={() => void guard(async () => setBranch(await branchFutureState(api, mapId, t("versions.futureName", { title: doc.map.title }))))}
                      >
                        {t("versions.branch")}
                      </Button>
                    )}
                    {branch && (
                      <p role="status">
                        <Link href={`#/maps/${encodeURIComponent(branch)}`} onPress={close}>
                          {t("versions.openBranch")}
                        </Link>
                      </p>
                    )}
                  </>
                )}
                <div className="dialog-actions">
                  <Button className="button" onPress={close}>
                    {t("app.close")}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
