/**
 * The record being dragged from this page, if any. While dragging, drop targets see only the data
 * types, not the id; knowing the id lets a header or card show no drop indicator over itself.
 */
let active: string | undefined;

export const activeDrag = {
  start(id: string): void {
    active = id;
  },
  end(): void {
    active = undefined;
  },
  is(id: string): boolean {
    return active === id;
  },
};
