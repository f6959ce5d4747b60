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

  /** The code of `value`, or -1 when it never occurred. */
  codeOf(value: string): number {
    this.index();
    return this.codes.get(value) ?? -1;
  }

  private index(): void {
    for (; this.indexed < this.values.length; this.indexed++) this.codes.set(this.values[this.indexed]!, this.indexed);
  }
}
