import { KaartApiError } from "@kaart/contract";

/** What to show for a failed call: the server's message for API errors, else the error's own. */
export function errorMessage(error: unknown): string {
  if (error instanceof KaartApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
