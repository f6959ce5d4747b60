import { useCallback, useRef, useState, type KeyboardEvent } from "react";

export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Roving focus over the grid's data cells (ARIA grid pattern): one cell is in the tab order and
 * arrow keys move it. Left and right follow the grid's direction, so in a right-to-left map
 * ArrowLeft goes to the next step. Keys typed inside an open cell editor are left alone.
 */
export function useGridNavigation(rows: number, cols: number, dir: "ltr" | "rtl") {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLElement>());
  const clamp = (p: GridPosition) => ({ row: Math.max(0, Math.min(rows - 1, p.row)), col: Math.max(0, Math.min(cols - 1, p.col)) });
  const current = clamp(active);

  const focusAt = useCallback((p: GridPosition) => {
    setActive(p);
    cells.current.get(`${p.row}:${p.col}`)?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.matches("[role=gridcell]")) return;
    const forward = dir === "rtl" ? -1 : 1;
    const moves: Record<string, GridPosition> = {
      ArrowUp: { row: current.row - 1, col: current.col },
      ArrowDown: { row: current.row + 1, col: current.col },
      ArrowRight: { row: current.row, col: current.col + forward },
      ArrowLeft: { row: current.row, col: current.col - forward },
      Home: { row: event.ctrlKey ? 0 : current.row, col: 0 },
      End: { row: event.ctrlKey ? rows - 1 : current.row, col: cols - 1 },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    focusAt(clamp(next));
  };

  const register = (p: GridPosition) => (el: HTMLElement | null) => {
    const key = `${p.row}:${p.col}`;
    if (el) cells.current.set(key, el);
    else cells.current.delete(key);
  };

  return { active: current, setActive, onKeyDown, register, focusAt };
}
