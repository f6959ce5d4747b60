/** A workspace member as mentions see them. */
export interface Mentionable {
  userId: string;
  name: string;
  email: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The members a message names as `@email` or `@name` (case-insensitive; a name may hold spaces,
 * so each member is looked for rather than the text tokenised). A mention must end at the end of
 * the text or before a character that cannot continue a name, so `@Ann` does not match `@Anna`.
 *
 * @example
 * mentionedMembers("thanks @ilze@example.com and @Jānis!", members) // → ["u_…ilze", "u_…janis"]
 */
export function mentionedMembers(body: string, members: readonly Mentionable[]): string[] {
  const found = new Set<string>();
  for (const m of members) {
    for (const handle of [m.email, m.name]) {
      if (!handle.trim()) continue;
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_.@-])@${escape(handle)}(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])`, "iu");
      if (pattern.test(body)) found.add(m.userId);
    }
  }
  return [...found];
}
