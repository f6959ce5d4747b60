import type { Persona } from "@kaart/core";
import { initialsOf } from "./persona-form";

/**
 * A persona's picture: the photo with its description when there is one, otherwise the initials.
 * `assetId` holds an address the browser can load (an uploaded asset's URL or a data: URL).
 */
export function PersonaAvatar({ persona }: { persona: Persona }) {
  const a = persona.avatar;
  if (a?.assetId) return <img className="persona-avatar" src={a.assetId} alt={a.alt} width={48} height={48} />;
  return (
    <span className="persona-avatar initials" aria-hidden="true">
      {a?.initials || initialsOf(persona.name)}
    </span>
  );
}
