import type { TFunction } from "i18next";
import type { PlacedFlow } from "./flow-arcs";

/** A flow edge in words, for the text list under the arcs and the flows dialog. */
export function flowText(t: TFunction, { flow, from, to }: Pick<PlacedFlow, "flow" | "from" | "to">): string {
  const args = { from: from.name || t("editor.unnamed"), to: to.name || t("editor.unnamed"), kind: t(`flows.kinds.${flow.kind}`) };
  return flow.label ? t("flows.itemLabelled", { ...args, label: flow.label }) : t("flows.item", args);
}
