import { useState } from "react";
import { Button, Dialog, DialogTrigger, Form, Heading, Input, Label, Modal, ModalOverlay, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { CSRF_HEADER, KaartApiError, type MapSummary } from "@kaart/contract";
import { api, csrfFromCookie } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { IMPORT_ACCEPT, importMapFile, type ImportTransport } from "./import-map-file";

/** The app's own way to the server: the session's client, and fetch with the CSRF header for workbooks. */
const browserTransport: ImportTransport = {
  client: api,
  postBytes: (url, body, headers) => window.fetch(url, { method: "POST", headers: { ...headers, [CSRF_HEADER]: csrfFromCookie() ?? "" }, body, credentials: "include" }),
};

/** Codes with a message of our own; anything else shows the server's words. */
const MESSAGES: Partial<Record<string, string>> = {
  unsupported_format: "maps.import.unknownFormat",
  invalid_spreadsheet: "maps.import.notSpreadsheet",
  payload_too_large: "maps.import.tooLarge",
};

/**
 * "Import a file": pick a `.json`, `.yaml`, `.mmd`, `.csv` or `.xlsx` file, optionally title it,
 * and the new map opens (`onImported`). Workbooks travel as bytes, the others as text.
 */
export function ImportMapDialog(props: { workspaceId: string; onImported(map: MapSummary): void; transport?: ImportTransport }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      props.onImported(await importMapFile(props.transport ?? browserTransport, props.workspaceId, file, title));
    } catch (e) {
      const own = e instanceof KaartApiError ? MESSAGES[e.code] : undefined;
      setError(own ? t(own, { name: file.name }) : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <DialogTrigger>
      <Button className="button">{t("maps.import.open")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                className="stack"
                onSubmit={(e) => {
                  e.preventDefault();
                  void submit();
                }}
              >
                <Heading slot="title">{t("maps.import.title")}</Heading>
                <div className="field">
                  <label htmlFor="import-map-file">{t("maps.import.file")}</label>
                  <input
                    id="import-map-file"
                    type="file"
                    accept={IMPORT_ACCEPT}
                    aria-describedby="import-map-formats"
                    onChange={(e) => {
                      setFile(e.currentTarget.files?.[0]);
                      setError(undefined);
                    }}
                  />
                  <small id="import-map-formats" className="muted">
                    {t("maps.import.formats")}
                  </small>
                </div>
                <TextField value={title} onChange={setTitle} className="field">
                  <Label>{t("maps.import.mapTitle")}</Label>
                  <Input dir="auto" />
                </TextField>
                {error && <p role="alert" className="error">{t("app.error", { message: error })}</p>}
                <div className="dialog-actions">
                  <Button className="button quiet" onPress={close}>
                    {t("app.cancel")}
                  </Button>
                  <Button type="submit" className="button primary" isDisabled={!file || busy}>
                    {busy ? t("maps.import.busy") : t("maps.import.submit")}
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
