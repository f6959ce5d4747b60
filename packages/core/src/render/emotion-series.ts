import type { EmotionPoint } from "../records/emotion-point";
import type { PersonaId } from "../records/ids";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";

/** One persona's curve style: the dash pattern tells personas apart, the colour helps. */
export interface CurveStyle {
  personaId: PersonaId | undefined;
  name: string;
  color: string;
  dash: string;
}

/**
 * The personas that have curves, in a stable order (the map's target personas first, then the
 * others by id, then the persona-less curve), each with its colour and dash pattern. A persona
 * keeps its style however many personas the rendering filters out, so exports match.
 */
export function curveStyles(ctx: RenderContext): CurveStyle[] {
  const target = ctx.doc.map.scope.targetPersonaIds;
  const ids = [...new Set(Object.values(ctx.doc.emotions).map((p) => p.personaId))];
  const rank = (id: PersonaId | undefined): number => (id === undefined ? Infinity : target.includes(id) ? target.indexOf(id) : target.length);
  ids.sort((a, b) => rank(a) - rank(b) || String(a).localeCompare(String(b)));
  return ids.map((personaId, i) => {
    const persona = personaId ? ctx.doc.personas[personaId] : undefined;
    return {
      personaId,
      name: persona ? ctx.text(persona.id, "name", persona.name) : ctx.labels.emotionLegend,
      color: THEME.personaColors[i % THEME.personaColors.length] ?? "#1a202c",
      dash: THEME.personaDashes[i % THEME.personaDashes.length] ?? "",
    };
  });
}

/** Whether a point is drawn in this rendering (persona filter and a persona lane's scope). */
export function pointVisible(ctx: RenderContext, point: EmotionPoint, lanePersona: PersonaId | undefined): boolean {
  const persona = lanePersona ?? ctx.personaId;
  return persona === undefined || point.personaId === persona;
}
