import type { ChannelType } from "../records/channel";
import { num } from "./svg-text";

/**
 * Channel glyphs drawn as vector paths on a 14×14 grid (no icon font): each channel has its
 * own silhouette so chips stay readable in greyscale print.
 */
const GLYPHS: Record<ChannelType, string> = {
  web: `<circle cx="7" cy="7" r="6"/><ellipse cx="7" cy="7" rx="2.6" ry="6"/><path d="M1 7h12M2 3.8h10M2 10.2h10"/>`,
  app: `<rect x="3.5" y="1" width="7" height="12" rx="1.5"/><path d="M6 11h2"/>`,
  social: `<circle cx="3" cy="7" r="1.8"/><circle cx="11" cy="3" r="1.8"/><circle cx="11" cy="11" r="1.8"/><path d="M4.6 6.2 9.4 3.8M4.6 7.8l4.8 2.4"/>`,
  email: `<rect x="1" y="3" width="12" height="8.5" rx="1"/><path d="m1.5 3.8 5.5 4.2 5.5-4.2"/>`,
  phone: `<path d="M3 1.5h2.2l1.2 3-1.6 1.2a7 7 0 0 0 3.5 3.5l1.2-1.6 3 1.2v2.2a1.5 1.5 0 0 1-1.5 1.5A11 11 0 0 1 1.5 3 1.5 1.5 0 0 1 3 1.5z"/>`,
  inPerson: `<circle cx="7" cy="4" r="2.6"/><path d="M2 13a5 5 0 0 1 10 0"/>`,
  chat: `<path d="M2 2.5h10a1 1 0 0 1 1 1v5.5a1 1 0 0 1-1 1H6.5L3.5 12.5V10H2a1 1 0 0 1-1-1V3.5a1 1 0 0 1 1-1z"/><path d="M4 6h.5M7 6h.5M10 6h.5"/>`,
  ads: `<path d="M2 5.5h2.5L10.5 2v10L4.5 8.5H2z"/><path d="M4.5 8.5 5.5 12.5h1.5"/><path d="M12 5.5v3"/>`,
  packaging: `<path d="M7 1 13 4v6.5L7 13.5 1 10.5V4z"/><path d="M1 4l6 3 6-3M7 7v6.5"/>`,
  other: `<circle cx="7" cy="7" r="6"/><path d="M4.2 7h.3M7 7h.3M9.8 7h.3"/>`,
};

/**
 * The glyph of `channel` scaled to `size` with its top-left corner at (x, y).
 *
 * @example
 * channelIcon("email", 10, 10, 14, "#333") // "<g …><rect …/>…</g>"
 */
export function channelIcon(channel: ChannelType, x: number, y: number, size: number, color: string): string {
  const scale = size / 14;
  return `<g transform="translate(${num(x)} ${num(y)}) scale(${num(scale)})" fill="none" stroke="${color}" stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round" data-channel="${channel}">${GLYPHS[channel]}</g>`;
}
