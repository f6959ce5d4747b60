/** A stable colour per user (same person, same colour on every screen), dark enough for white initials. */
const PALETTE = ["#1f6feb", "#8250df", "#bf3989", "#cf222e", "#9a6700", "#1a7f37", "#0969da", "#6639ba"];

export function presenceColor(userId: string): string {
  let h = 0;
  for (const ch of userId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}
