import type { Cell } from "../records/cell";
import type { Kpi } from "../records/kpi";
import type { Touchpoint } from "../records/touchpoint";
import { stackBlocks, type Block } from "./block";
import { imagePlaceholder } from "./image-placeholder";
import type { RenderContext } from "./render-context";
import { THEME } from "./render-theme";
import { textBlock } from "./text-block";
import { touchpointChips } from "./touchpoint-chips";

const BODY = { size: THEME.bodySize, weight: 400 } as const;
const SMALL = { size: THEME.smallSize, weight: 400 } as const;

/** A KPI as one line of text: `name: value unit (target …)`. */
export function formatKpi(kpi: Kpi, targetLabel: string): string {
  const unit = kpi.unit ? ` ${kpi.unit}` : "";
  const value = kpi.value === undefined ? "–" : `${kpi.value}${unit}`;
  const target = kpi.target === undefined ? "" : ` (${targetLabel} ${kpi.target}${unit})`;
  return `${kpi.name}: ${value}${target}`;
}

/** Each KPI on its own line(s), the name bold-free so the numbers stand out by position. */
function metricsBlock(ctx: RenderContext, metrics: readonly Kpi[], width: number): Block {
  return stackBlocks(
    metrics.map((kpi) => textBlock(ctx, `• ${formatKpi(kpi, ctx.labels.target)}`, width, BODY, { maxLines: 3 })),
    4,
  );
}

/** The block drawing a cell's content, `width` wide (the column minus padding). */
export function cellContentBlock(ctx: RenderContext, cell: Cell, width: number): Block {
  const content = cell.content;
  switch (content.kind) {
    case "text":
      return textBlock(ctx, ctx.text(cell.id, "content.text", content.text), width, BODY);
    case "touchpoints": {
      const touchpoints = content.touchpointIds
        .map((id) => ctx.doc.touchpoints[id])
        .filter((t): t is Touchpoint => t !== undefined);
      return touchpointChips(ctx, touchpoints, width);
    }
    case "metrics":
      return metricsBlock(ctx, content.metrics, width);
    case "image":
      return imagePlaceholder(ctx, cell.id, content.alt, content.caption, width);
    case "links":
      return stackBlocks(
        content.links.map((link) => textBlock(ctx, link.label, width, BODY, { fill: THEME.colors.flow, maxLines: 3 })),
        3,
      );
    case "evidence":
      return stackBlocks(
        content.items.map((item) => {
          const text = [item.text ? `“${item.text}”` : "", item.source ? `— ${item.source}` : ""].filter(Boolean).join(" ");
          return textBlock(ctx, `${item.kind}: ${text}`, width, SMALL, { fill: THEME.colors.muted, maxLines: 5 });
        }),
        4,
      );
  }
}
