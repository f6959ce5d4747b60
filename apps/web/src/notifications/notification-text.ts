import type { TFunction } from "i18next";
import type { Notification } from "@kaart/contract";

/** What one notification says and where it leads (the map it is about), in the page's language. */
export interface NotificationLine {
  text: string;
  /** The hash route of the map it is about, when it is about one. */
  href?: string;
}

const mapHref = (mapId: string | undefined) => (mapId ? `#/maps/${encodeURIComponent(mapId)}` : undefined);

/**
 * One line per kind; every kind the contract lists has its own (the switch is exhaustive, so a
 * new kind fails to compile here until it is given words).
 *
 * @example
 * notificationLine(t, { kind: "reply", detail: { authorName: "Ann", title: "Checkout", mapId }, … }).text // → "Ann replied in “Checkout”: …"
 */
export function notificationLine(t: TFunction, n: Notification): NotificationLine {
  const d = n.detail;
  switch (n.kind) {
    case "member.joined":
      return { text: t("notifications.memberJoined", { name: d.name || d.email, workspace: d.workspace, role: t(`share.roles.${d.role}`, { defaultValue: d.role }) }) };
    case "share_link.opened":
      return { text: t("notifications.shareLinkOpened", { title: d.title }), href: mapHref(d.mapId) };
    case "mention":
      return { text: t("notifications.mention", { author: d.authorName, title: d.title, excerpt: d.excerpt }), href: mapHref(d.mapId) };
    case "reply":
      return { text: t("notifications.reply", { author: d.authorName, title: d.title, excerpt: d.excerpt }), href: mapHref(d.mapId) };
  }
}
