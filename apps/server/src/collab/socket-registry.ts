import type { Connection } from "@hocuspocus/server";
import type { SocketCloser } from "../server-context";

/** What the server remembers about an open document connection, to close it when access ends. */
export interface ConnectionOwner {
  userId: string;
  workspaceId: string;
  sessionHash?: string;
  tokenId?: string;
}

/** 4401: the client must authenticate again (log-out, password change, lost membership). */
export const ACCESS_ENDED = 4401;

/**
 * Open collaboration connections by user. Log-out closes the session's connections, a revoked
 * API token the token's; a password change, a removed member or a changed role closes the
 * user's (in one workspace or all).
 */
export class SocketRegistry implements SocketCloser {
  private readonly open = new Map<Connection, ConnectionOwner>();

  add(connection: Connection, owner: ConnectionOwner): void {
    this.open.set(connection, owner);
  }

  remove(connection: Connection): void {
    this.open.delete(connection);
  }

  closeUser(userId: string, reason: string, workspaceId?: string): void {
    this.closeWhere((o) => o.userId === userId && (workspaceId === undefined || o.workspaceId === workspaceId), reason);
  }

  closeSession(sessionHash: string, reason: string): void {
    this.closeWhere((o) => o.sessionHash === sessionHash, reason);
  }

  closeToken(tokenId: string, reason: string): void {
    this.closeWhere((o) => o.tokenId === tokenId, reason);
  }

  private closeWhere(match: (o: ConnectionOwner) => boolean, reason: string): void {
    for (const [connection, owner] of this.open) {
      if (!match(owner)) continue;
      this.open.delete(connection);
      connection.close({ code: ACCESS_ENDED, reason: `access_ended: ${reason}` });
    }
  }
}
