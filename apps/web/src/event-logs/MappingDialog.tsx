import { useId, useState } from "react";
import { Button, Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { EVENT_LOG_ROLES, type EventLogMapping, type EventLogPreview } from "@kaart/contract";

type Choice = Partial<Record<(typeof EVENT_LOG_ROLES)[number], string>>;
const REQUIRED = ["case", "activity", "timestamp"] as const;

/** The mapping step of an upload: one picker per role, prefilled from the server's suggestion, over the first rows. */
export function MappingDialog({ preview, fileName, onConfirm, onCancel }: { preview: EventLogPreview; fileName: string; onConfirm: (mapping: EventLogMapping) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>(preview.suggested);
  const id = useId();
  const complete = REQUIRED.every((r) => choice[r]);
  const confirm = () => {
    const { case: c, activity, timestamp, channel, resource, segment } = choice;
    if (c && activity && timestamp) onConfirm({ case: c, activity, timestamp, ...(channel ? { channel } : {}), ...(resource ? { resource } : {}), ...(segment ? { segment } : {}) });
  };
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onCancel()} className="modal-overlay">
      <Modal className="modal wide">
        <Dialog className="dialog stack">
          <Heading slot="title">{t("eventLogs.mapping")}</Heading>
          <p className="muted" dir="auto">
            {fileName} — {t("eventLogs.mappingHint")}
          </p>
          <div className="mapping-fields">
            {EVENT_LOG_ROLES.map((role) => (
              <div key={role} className="field">
                <label htmlFor={`${id}-${role}`}>{t(`eventLogs.role_${role}`)}</label>
                <select id={`${id}-${role}`} value={choice[role] ?? ""} onChange={(e) => setChoice({ ...choice, [role]: e.target.value || undefined })} required={(REQUIRED as readonly string[]).includes(role)}>
                  <option value="">{t("eventLogs.noColumn")}</option>
                  {preview.columns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t("eventLogs.mappingHint")}>
            <table className="data-table">
              <thead>
                <tr>
                  {preview.columns.map((c) => (
                    <th key={c} scope="col" dir="auto">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((v, k) => (
                      <td key={k} dir="auto">
                        {v}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="dialog-actions">
            <Button onPress={onCancel}>{t("app.cancel")}</Button>
            <Button className="button primary" isDisabled={!complete} onPress={confirm}>
              {t("eventLogs.confirm")}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
