import { useCallback, useEffect, useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Link, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { KaartClient, Notification } from "@kaart/contract";
import { api } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { notificationLine } from "./notification-text";
import "./notifications.css";

type NotificationsClient = Pick<KaartClient, "listNotifications" | "markNotificationsRead">;

/**
 * The signed-in person's notifications: a button with the unread count that opens the newest
 * ones, each leading to its map; "Mark all as read" clears the count. Read when the screen opens
 * and again each time the list is opened.
 */
export function NotificationsButton({ client = api }: { client?: NotificationsClient }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<Notification[]>([]);
  const [unread, setUnread] = useState(0);
  const [error, setError] = useState<string>();
  const load = useCallback(async () => {
    try {
      const list = await client.listNotifications({ query: { limit: 50 } });
      setItems(list.items);
      setUnread(list.unread);
      setError(undefined);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [client]);
  useEffect(() => void load(), [load]);
  const markAll = async () => {
    try {
      setUnread((await client.markNotificationsRead({ body: {} })).unread);
      setItems((all) => all.map((n) => ({ ...n, read: true })));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <DialogTrigger onOpenChange={(open) => open && void load()}>
      <Button className="button quiet">{unread > 0 ? t("notifications.openUnread", { n: unread }) : t("notifications.title")}</Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal">
          <Dialog className="dialog stack">
            {({ close }) => (
              <>
                <Heading slot="title">{t("notifications.title")}</Heading>
                {error && <p role="alert" className="error">{t("app.error", { message: error })}</p>}
                {items.length === 0 ? (
                  <p>{t("notifications.empty")}</p>
                ) : (
                  <ul className="notification-list">
                    {items.map((n) => {
                      const line = notificationLine(t, n);
                      return (
                        <li key={n.id} className={n.read ? "notification" : "notification unread"}>
                          {line.href ? (
                            <Link href={line.href} onPress={close}>
                              <bdi>{line.text}</bdi>
                            </Link>
                          ) : (
                            <bdi>{line.text}</bdi>
                          )}
                          <span className="muted small">
                            {date.format(new Date(n.at))}
                            {n.count > 1 && ` · ×${new Intl.NumberFormat(i18n.language).format(n.count)}`}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                )}
                <div className="dialog-actions">
                  <Button className="button quiet" isDisabled={unread === 0} onPress={() => void markAll()}>
                    {t("notifications.markAllRead")}
                  </Button>
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
