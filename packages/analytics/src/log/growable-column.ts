import { sharedArray } from "../parallel/shared-memory";

type TypedArray = Uint16Array | Uint32Array | Int32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = { new (buffer: ArrayBufferLike): T; readonly BYTES_PER_ELEMENT: number };

/**
 * An append-only typed array that doubles its capacity, so ingest stores numbers without one
 * JS object per event. `finish()` returns a view trimmed to the length written. The arrays are
 * in shared memory, so a finished log's columns reach the scan helper thread without a copy.
 */
export class GrowableColumn<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly make: TypedArrayConstructor<T>,
    private readonly fill = 0,
    capacity = 1024,
  ) {
    this.data = sharedArray(make, capacity);
    if (fill !== 0) this.data.fill(fill);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length * 2);
    this.data[this.length++] = value;
  }

  /** Writes `value` at `index`, padding the gap with the fill value (used for sparse attributes). */
  set(index: number, value: number): void {
    if (index >= this.data.length) this.grow(Math.max(index + 1, this.data.length * 2));
    this.data[index] = value;
    if (index >= this.length) this.length = index + 1;
  }

  get(index: number): number {
    return index < this.length ? (this.data[index] ?? this.fill) : this.fill;
  }

  /** Makes room for `capacity` values at once, so appending that many copies nothing. */
  reserve(capacity: number): void {
    if (capacity > this.data.length) this.grow(capacity);
  }

  /** The written values, padded with the fill value up to `length` when given. */
  finish(length = this.length): T {
    if (length > this.data.length) this.grow(length);
    return this.data.subarray(0, length) as T;
  }

  /** A column of a wider type holding the same values (e.g. when codes outgrow Uint16). */
  widened<U extends TypedArray>(make: TypedArrayConstructor<U>): GrowableColumn<U> {
    const wide = new GrowableColumn(make, this.fill, this.data.length);
    wide.data.set(this.data);
    wide.length = this.length;
    return wide;
  }

  private grow(capacity: number): void {
    const next = sharedArray(this.make, capacity);
    if (this.fill !== 0) next.fill(this.fill);
    next.set(this.data);
    this.data = next;
  }
}
