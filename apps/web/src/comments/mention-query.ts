/** A workspace member as the mention list offers them. */
export interface MentionCandidate {
  userId: string;
  name: string;
  email: string;
}

/** An `@` being typed: where it is in the text and what follows it up to the caret. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  query: string;
}

/** Characters that may not come right before a mention's `@` (the server's rule: `a@b` is an address, not a mention). */
const JOINS_A_NAME = /[\p{L}\p{N}_.@-]/u;
const MAX_QUERY = 60;

/**
 * The mention being typed at `caret`: the nearest `@` before it that starts a word, with the text
 * between them (no line break, no second `@`). Undefined when the caret is not in a mention.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | undefined {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf("@");
  if (start < 0 || caret - start - 1 > MAX_QUERY) return undefined;
  if (start > 0 && JOINS_A_NAME.test(before[start - 1]!)) return undefined;
  const query = before.slice(start + 1);
  if (/[\n@]/.test(query)) return undefined;
  return { start, query };
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

/** Members whose name (or a word of it) or e-mail starts with the query, ignoring case and accents: "@jan" finds Jānis. */
export function matchingMembers(members: readonly MentionCandidate[], query: string, limit = 8): MentionCandidate[] {
  const q = fold(query.trim());
  return members
    .filter((m) => {
      if (!q) return true;
      const name = fold(m.name);
      return name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q)) || fold(m.email).startsWith(q);
    })
    .slice(0, limit);
}

/**
 * What to type for a member so the server recognises them: `@name` when no other member's name or
 * e-mail could be read from it, else `@email` (two members named Anna, or Ann beside Ann Lee).
 */
export function mentionHandle(member: MentionCandidate, members: readonly MentionCandidate[]): string {
  const name = member.name.trim();
  const n = fold(name);
  const clashes = !n || members.some((o) => o.userId !== member.userId && (fold(o.name).startsWith(n) || fold(o.email).startsWith(n)));
  return `@${clashes ? member.email : name}`;
}

/** The text with the mention being typed replaced by the member's handle and a space, and where the caret goes. */
export function insertMention(text: string, at: MentionQuery, handle: string): { text: string; caret: number } {
  const end = at.start + 1 + at.query.length;
  const rest = text.slice(end);
  const inserted = `${handle}${rest.startsWith(" ") ? "" : " "}`;
  return { text: text.slice(0, at.start) + inserted + rest, caret: at.start + inserted.length + (rest.startsWith(" ") ? 1 : 0) };
}
