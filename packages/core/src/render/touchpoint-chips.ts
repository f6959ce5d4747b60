import type { Touchpoint } from "../records/touchpoint";
import type { Block } from "./block";
import { channelIcon } from "./channel-icons";
import { measureText } from "./measure-text";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { num, svgTextLines } from "./svg-text";
import { leadsWithVazirmatn, type TextStyle } from "./text-style";
import { wrapText } from "./wrap-text";

const STYLE: TextStyle = { size: THEME.smallSize, weight: 400 };
const ICON = 13;
const INNER = 6;

interface Chip {
  touchpoint: Touchpoint;
  label: string;
  vazirmatnFirst: boolean;
  width: number;
}

/**
 * Touchpoints as chips (channel glyph + name), filled into lines like words; a chip wider than
 * the cell is shortened with an ellipsis. Offline touchpoints get a dashed border.
 */
export function touchpointChips(ctx: RenderContext, touchpoints: readonly Touchpoint[], width: number): Block {
  const textRoom = width - ICON - INNER * 3;
  const chips: Chip[] = touchpoints.map((touchpoint) => {
    const name = ctx.text(touchpoint.id, "name", touchpoint.name);
    const vazirmatnFirst = leadsWithVazirmatn(ctx.rtl, name);
    const label = wrapText(name, textRoom, STYLE, vazirmatnFirst, 1)[0] ?? "";
    return { touchpoint, label, vazirmatnFirst, width: Math.min(width, measureText(label, STYLE, vazirmatnFirst) + ICON + INNER * 3) };
  });
  const rows: Chip[][] = [];
  let used = Infinity;
  for (const chip of chips) {
    if (used + chip.width + 6 > width) {
      rows.push([]);
      used = -6;
    }
    rows[rows.length - 1]?.push(chip);
    used += chip.width + 6;
  }
  const rowHeight = THEME.chipHeight + 6;
  return {
    height: rows.length === 0 ? 0 : rows.length * rowHeight - 6,
    draw(box) {
      let out = "";
      rows.forEach((row, r) => {
        let offset = 0;
        for (const chip of row) {
          const left = ctx.rtl ? box.left + box.width - offset - chip.width : box.left + offset;
          out += drawChip(ctx, chip, left, box.top + r * rowHeight);
          offset += chip.width + 6;
        }
      });
      return out;
    },
  };
}

function drawChip(ctx: RenderContext, chip: Chip, left: number, top: number): string {
  const h = THEME.chipHeight;
  const dash = chip.touchpoint.online ? "" : ` stroke-dasharray="3 2"`;
  const iconX = ctx.rtl ? left + chip.width - INNER - ICON : left + INNER;
  const textBox = { left: ctx.rtl ? left + INNER : left + INNER * 2 + ICON, top: top + (h - STYLE.size * THEME.lineHeight) / 2, width: chip.width - ICON - INNER * 3 };
  return (
    `<g data-touchpoint="${chip.touchpoint.channel}">` +
    `<rect x="${num(left)}" y="${num(top)}" width="${num(chip.width)}" height="${h}" rx="${h / 2}" fill="${THEME.colors.chip}" stroke="${THEME.colors.chipBorder}"${dash}/>` +
    channelIcon(chip.touchpoint.channel, iconX, top + (h - ICON) / 2, ICON, THEME.colors.flow) +
    svgTextLines(ctx, [chip.label], textBox, STYLE, { vazirmatnFirst: chip.vazirmatnFirst }) +
    `</g>`
  );
}
