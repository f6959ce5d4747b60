/**
 * Interns byte strings (a field of a {@link CsvRecord}) to the codes a caller assigns, so a
 * repeated case id or activity costs a hash and a compare instead of a decoded string. Keys are
 * copied into one pool; an open-addressing table of entry numbers finds them.
 *
 * With `repeats`, the last key found is compared first: events of one case usually follow each other.
 * Without it (activities, attribute values: few distinct keys, each met very often), a small
 * direct-mapped cache indexed by the key's length and four of its bytes is tried first, so a
 * key met before usually costs a compare instead of a hash of every byte (`find`'s share of a
 * 10 M-event CSV read: 0.97 → 0.77 s). Any key can be found the slow way: the cache only ever
 * points at an entry whose bytes are then compared.
 *
 * @example const code = interner.find(bytes, s, e); if (code < 0) interner.add(bytes, s, e, newCode)
 */
export class ByteInterner {
  private pool = new Uint8Array(4096);
  private used = 0;
  private offset = new Int32Array(256);
  private size = new Int32Array(256);
  private hash = new Int32Array(256);
  private code = new Int32Array(256);
  private count = 0;
  private table = new Int32Array(1024).fill(-1);
  private last = -1;
  /** Entry last found or added per {@link recentSlot}; -1 when none. */
  private readonly recent = new Int32Array(RECENT_SLOTS).fill(-1);
  /** Hash of the key last passed to `find`, reused by `add`. */
  private pendingHash = 0;

  /** `repeats`: keys often repeat the one before (a case's events), so compare with it first. */
  constructor(private readonly repeats = false) {}

  /** The code of `bytes[start..end)`, or -1 when it was never added. */
  find(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const last = this.last;
    if (this.repeats) {
      if (last >= 0 && this.size[last] === length && this.equals(last, bytes, start, length)) return this.code[last]!;
    } else if (length > 0) {
      const hint = this.recent[recentSlot(bytes, start, end)]!;
      if (hint >= 0 && this.size[hint] === length && this.equals(hint, bytes, start, length)) return this.code[hint]!;
    }
    let h = 0x811c9dc5 ^ length;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    h ^= h >>> 15;
    this.pendingHash = h;
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry < 0) return -1;
      if (this.hash[entry] === h && this.size[entry] === length && this.equals(entry, bytes, start, length)) {
        this.last = entry;
        if (!this.repeats && length > 0) this.recent[recentSlot(bytes, start, end)] = entry;
        return this.code[entry]!;
      }
    }
  }

  /** Adds `bytes[start..end)` with `code`; call right after a `find` of the same bytes returned -1. */
  add(bytes: Uint8Array, start: number, end: number, code: number): void {
    const length = end - start;
    if (this.count === this.code.length) this.growEntries();
    if (this.used + length > this.pool.length) this.pool = grown(Uint8Array, this.pool, Math.max(this.pool.length * 2, this.used + length));
    const entry = this.count++;
    for (let k = 0; k < length; k++) this.pool[this.used + k] = bytes[start + k]!;
    this.offset[entry] = this.used;
    this.size[entry] = length;
    this.hash[entry] = this.pendingHash;
    this.code[entry] = code;
    this.used += length;
    this.last = entry;
    if (!this.repeats && length > 0) this.recent[recentSlot(bytes, start, end)] = entry;
    if (this.count * 2 > this.table.length) this.rehash();
    else this.place(entry);
  }

  private equals(entry: number, bytes: Uint8Array, start: number, length: number): boolean {
    const pool = this.pool;
    const at = this.offset[entry]!;
    for (let k = 0; k < length; k++) if (pool[at + k] !== bytes[start + k]) return false;
    return true;
  }

  private place(entry: number): void {
    const mask = this.table.length - 1;
    let slot = this.hash[entry]! & mask;
    while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
    this.table[slot] = entry;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }

  private growEntries(): void {
    const n = this.code.length * 2;
    this.offset = grown(Int32Array, this.offset, n);
    this.size = grown(Int32Array, this.size, n);
    this.hash = grown(Int32Array, this.hash, n);
    this.code = grown(Int32Array, this.code, n);
  }
}

const RECENT_SLOTS = 256;

/**
 * The cache slot of a non-empty key: its length, first, middle and last two bytes mixed (names
 * of one log often share a prefix and differ at the end: "step 01", "step 11").
 */
function recentSlot(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  const mixed = length ^ (bytes[start]! << 5) ^ (bytes[start + (length >> 1)]! << 10) ^ (bytes[end - 1]! << 15) ^ (bytes[end - (length > 1 ? 2 : 1)]! << 20);
  return Math.imul(mixed, 0x9e3779b1) >>> 24;
}

function grown<T extends Uint8Array | Int32Array>(make: new (length: number) => T, array: T, length: number): T {
  const next = new make(length);
  next.set(array);
  return next;
}
