import { KaartApiError } from "@kaart/contract";

/** Why a link cannot be used, as the server's codes say it; `undefined` for any other failure. */
export type InviteRefusal = "invalid" | "used" | "expired";

/**
 * A malformed token (`invalid_request`) reads as unknown: whoever pasted it needs a new link either way.
 */
export function inviteRefusal(error: unknown): InviteRefusal | undefined {
  if (!(error instanceof KaartApiError)) return undefined;
  if (error.code === "invitation_used") return "used";
  if (error.code === "invitation_expired") return "expired";
  if (error.code === "invitation_invalid" || error.code === "invalid_request") return "invalid";
  return undefined;
}
