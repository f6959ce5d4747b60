import { useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Input, Label, Modal, ModalOverlay, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "@kaart/contract";
import { api } from "../api/api-client";
import { useSession } from "../api/session";
import { errorMessage } from "../api/error-message";
import { ChoiceField } from "../editor/dialogs/ChoiceField";
import { ReadOnlyLinks } from "./ReadOnlyLinks";

const SHARE_ROLES = ROLES.filter((r): r is Exclude<Role, "owner"> => r !== "owner");

/** The map's address for members, an invitation link that lets someone new join with a role, and read-only links. */
export function ShareDialog({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const [role, setRole] = useState<Exclude<Role, "owner">>("editor");
  const [invite, setInvite] = useState<string>();
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState<string>();
  const mapUrl = `${window.location.origin}/#/maps/${encodeURIComponent(mapId)}`;
  const copy = (text: string) => void navigator.clipboard?.writeText(text).then(() => setCopied(text));
  const create = async () => {
    if (!workspace) return;
    try {
      const inv = await api.createInvitation({ params: { workspaceId: workspace.id }, body: { role, expiresInDays: 7 } });
      setInvite(inv.url);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <DialogTrigger>
      <Button className="button">{t("share.open")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog stack">
            {({ close }) => (
              <>
                <Heading slot="title">{t("share.title")}</Heading>
                <TextField value={mapUrl} isReadOnly className="field">
                  <Label>{t("share.link")}</Label>
                  <Input dir="ltr" />
                </TextField>
                <Button className="button" onPress={() => copy(mapUrl)}>
                  {copied === mapUrl ? t("share.copied") : t("share.copy")}
                </Button>
                <ChoiceField
                  label={t("share.role")}
                  items={SHARE_ROLES.map((r) => ({ id: r, label: t(`share.roles.${r}`) }))}
                  value={role}
                  onChange={(v) => setRole(SHARE_ROLES.find((r) => r === v) ?? "viewer")}
                />
                <Button className="button" onPress={() => void create()}>
                  {t("share.create")}
                </Button>
                {invite && (
                  <TextField value={invite} isReadOnly className="field">
                    <Label>{t("share.link")}</Label>
                    <Input dir="ltr" />
                  </TextField>
                )}
                {error && <p role="alert" className="error">{t("app.error", { message: error })}</p>}
                <ReadOnlyLinks mapId={mapId} />
                <div className="dialog-actions">
                  <Button className="button primary" onPress={close}>
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
