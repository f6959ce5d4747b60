import type { Box } from "./svg-text";

/**
 * A measured piece of the map: its height is known before it is placed, so a row can take the
 * height of its tallest cell and every cell is then drawn at its final position.
 */
export interface Block {
  height: number;
  draw(box: Box): string;
}

export const EMPTY_BLOCK: Block = { height: 0, draw: () => "" };

/** Blocks one under the other with `gap` between them. */
export function stackBlocks(blocks: readonly Block[], gap: number): Block {
  const visible = blocks.filter((b) => b.height > 0);
  const height = visible.reduce((h, b) => h + b.height, 0) + gap * Math.max(0, visible.length - 1);
  return {
    height,
    draw(box) {
      let top = box.top;
      let out = "";
      for (const block of visible) {
        out += block.draw({ ...box, top });
        top += block.height + gap;
      }
      return out;
    },
  };
}
