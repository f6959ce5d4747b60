import { GrowableColumn } from "./growable-column";
import { StringDictionary } from "./string-dictionary";

/** One attribute column while it is built: values are interned, then a code is set per event. */
export class AttributeBuilder {
  readonly dictionary = new StringDictionary();
  readonly codes = new GrowableColumn(Int32Array, -1);

  /** The code of `value` (a bound function, so readers can pass it around). */
  readonly intern = (value: string): number => this.dictionary.intern(value);

  set(event: number, code: number): void {
    this.codes.set(event, code);
  }
}
