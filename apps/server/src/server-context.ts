import type { Clock } from "./clock";
import type { Database } from "./storage/open-database";
import type { LoginLimits } from "./auth/login-limits";
import type { DocumentWriter } from "./maps/map-documents";

/**
 * Closes collaboration sockets when access ends (log-out, password change, removed member). The
 * collaboration server provides it; without one (REST-only tests) nothing is open to close.
 */
export interface SocketCloser {
  closeUser(userId: string, reason: string, workspaceId?: string): void;
  closeSession(sessionHash: string, reason: string): void;
  closeToken(tokenId: string, reason: string): void;
}

/** What every route may use; built once at start-up and passed down, never imported as a global. */
export interface ServerContext {
  database: Database;
  clock: Clock;
  secret: string;
  /** The URL users reach, without a trailing slash. */
  publicUrl: string;
  secureCookies: boolean;
  /** Failed log-in and link-password limits: in process, or shared through Redis. */
  limiter: LoginLimits;
  sockets: SocketCloser;
  documents: DocumentWriter;
  /**
   * Sends a stateless message to every client that has the map open (the collaboration server
   * sets it; without one nobody is connected, so it is absent).
   */
  broadcast?: (mapId: string, message: string) => void;
}
