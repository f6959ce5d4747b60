import { ORIGINS } from "@kaart/collab";

/**
 * The origin every edit made on this page carries. Undo tracks only this origin, so undo takes
 * back the reader's own changes and never a collaborator's; the provider's remote updates and
 * seeding carry other origins.
 */
export const LOCAL_ORIGIN = ORIGINS.localEdit;
