/**
 * Interns strings to dense integer codes so columns hold numbers, not strings. Codes are
 * assigned in first-seen order and never change, so a code is a stable index into `values`.
 */
export class StringDictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  /** Returns the code of `value`, adding it when new. */
  intern(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  /** The code of `value`, or -1 when it never occurred. */
  codeOf(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}
