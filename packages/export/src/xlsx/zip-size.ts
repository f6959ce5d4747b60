/**
 * The total uncompressed size a ZIP archive (an XLSX file) declares in its central directory,
 * read without unzipping anything, so a "zip bomb" is refused before the spreadsheet library
 * inflates it into memory. `undefined` when the bytes are not a ZIP archive. ZIP64 sizes count as
 * unbounded. Sizes can be forged smaller than the data; this check bounds honest archives and
 * every archive a spreadsheet program writes, not a hand-crafted lie.
 */
export function declaredUnzippedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === undefined) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** The end-of-central-directory record sits in the last 22 + 65 535 bytes (its comment may be that long). */
function findEndOfCentralDirectory(view: DataView): number | undefined {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return undefined;
}
