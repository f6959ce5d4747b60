import { useOthersAt } from "./usePresence";

/** Coloured initials of the other people at this cell. */
export function PresenceMarkers({ cell }: { cell: string }) {
  const others = useOthersAt(cell);
  if (others.length === 0) return null;
  return (
    <span className="presence-markers">
      {others.map((p) => (
        <span key={p.clientId} className="presence-dot" style={{ background: p.user.color }} title={p.user.name} role="img" aria-label={p.user.name}>
          {p.user.name.slice(0, 1).toUpperCase()}
        </span>
      ))}
    </span>
  );
}
