/**
 * Interns strings to dense integer codes so columns hold numbers, not strings. Codes are
 * assigned in first-seen order and never change, so a code is a stable index into `values`.
 */
export class StringDictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  /** `values[0 .. indexed)` are in `codes`; the rest came through `appendNew` and wait. */
  private indexed = 0;

  /** Returns the code of `value`, adding it when new. */
  intern(value: string): number {
    this.index();
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
      this.indexed++;
    }
    return code;
  }

  /**
   * Adds `value`, which the caller knows is not in the dictionary yet (e.g. a reader that
   * already told values apart by their bytes), without hashing it now: the lookup map is
   * filled the next time `intern` or `codeOf` needs it.
   */
  appendNew(value: string): number {
    return this.values.push(value) - 1;
  }

  /**
   * The codes of `batch`, distinct values (another dictionary's `values`), adding the new ones:
   * what merging the dictionaries of parts read on other threads needs. The values already here
   * are found through a table of string hashes in a typed array, not the `Map`: a million case
   * ids took 0.6 s through the `Map` and take a few tens of milliseconds this way. Into an empty
   * dictionary the batch is appended as it is.
   */
  internAll(batch: readonly string[]): Int32Array {
    const codes = new Int32Array(batch.length);
    if (this.values.length === 0) {
      for (let j = 0; j < batch.length; j++) codes[j] = this.values.push(batch[j]!) - 1;
      return codes;
    }
    const table = this.hashTable(this.values.length + batch.length);
    for (let j = 0; j < batch.length; j++) {
      const value = batch[j]!;
      const mask = table.length - 1;
      let slot = stringHash(value) & mask;
      let code = -1;
      for (let entry = table[slot]!; entry >= 0; slot = (slot + 1) & mask, entry = table[slot]!) {
        if (this.values[entry] === value) {
          code = entry;
          break;
        }
      }
      if (code < 0) {
        code = this.values.push(value) - 1;
        table[slot] = code;
      }
      codes[j] = code;
    }
    return codes;
  }

  /** The code of `value`, or -1 when it never occurred. */
  codeOf(value: string): number {
    this.index();
    return this.codes.get(value) ?? -1;
  }

  /** A hash table (entry = code, -1 = empty) over every value, with room for `capacity` values at half load. */
  private hashTable(capacity: number): Int32Array {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    const table = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let code = 0; code < this.values.length; code++) {
      let slot = stringHash(this.values[code]!) & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = code;
    }
    return table;
  }

  private index(): void {
    for (; this.indexed < this.values.length; this.indexed++) this.codes.set(this.values[this.indexed]!, this.indexed);
  }
}

/** FNV-1a over the UTF-16 code units of `value`, mixed so that close ids spread over the table. */
function stringHash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
