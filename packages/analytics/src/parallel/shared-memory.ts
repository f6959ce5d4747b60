type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
type TypedArrayConstructor<T extends TypedArray> = { new (buffer: ArrayBufferLike): T; readonly BYTES_PER_ELEMENT: number };

/**
 * A zeroed typed array on a SharedArrayBuffer, so the scan helper thread reads and writes it in
 * place (a plain buffer would be copied into every message). Falls back to a plain buffer where
 * shared memory is unavailable. Pages never written are never made resident, as with plain ones.
 */
export function sharedArray<T extends TypedArray>(make: TypedArrayConstructor<T>, length: number): T {
  const bytes = length * make.BYTES_PER_ELEMENT;
  return new make(typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

/** True when `array` lives in shared memory (another thread sees the same bytes). */
export function isShared(array: { buffer: ArrayBufferLike }): boolean {
  return typeof SharedArrayBuffer === "function" && array.buffer instanceof SharedArrayBuffer;
}
