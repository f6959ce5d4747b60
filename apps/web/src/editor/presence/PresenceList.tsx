import { useTranslation } from "react-i18next";
import { usePresence } from "./usePresence";

/** Who is on the map now. */
export function PresenceList() {
  const { t } = useTranslation();
  const peers = usePresence();
  if (peers.length === 0) return null;
  return (
    <div className="presence-list">
      <span className="visually-hidden" aria-live="polite">
        {t("presence.here", { count: peers.length })}
      </span>
      <ul aria-label={t("presence.here", { count: peers.length })}>
        {peers.map((p) => (
          <li key={p.clientId} className="presence-avatar" style={{ background: p.user.color }} title={p.self ? `${p.user.name} (${t("presence.you")})` : p.user.name}>
            <span aria-hidden="true">{p.user.name.slice(0, 1).toUpperCase()}</span>
            <span className="visually-hidden">{p.self ? `${p.user.name} (${t("presence.you")})` : p.user.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
