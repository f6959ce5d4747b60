/**
 * Sizes and colours of the rendered map, in SVG user units (1 unit = 1 CSS px at scale 1).
 * One place, so the PNG, the PDF and the SVG share the same look.
 */
export const THEME = {
  margin: 24,
  pad: 10,
  laneHeaderWidth: 180,
  columnWidth: 210,
  titleSize: 24,
  subtitleSize: 13,
  stageSize: 15,
  stepSize: 13,
  laneNameSize: 13,
  bodySize: 12,
  smallSize: 10.5,
  lineHeight: 1.4,
  /** A long cell stops after this many lines, with an ellipsis, so one essay cannot stretch a row off the page. */
  maxCellLines: 14,
  emotionLaneHeight: 170,
  cardGap: 8,
  chipHeight: 22,
  colors: {
    background: "#ffffff",
    ink: "#1f2933",
    muted: "#52606d",
    faint: "#9aa5b1",
    grid: "#d9e2ec",
    laneBand: "#f5f7fa",
    laneHeader: "#eef2f7",
    stepHeader: "#f0f4f8",
    moment: "#f0b429",
    flow: "#486581",
    chip: "#e6f0ff",
    chipBorder: "#9fb3c8",
    painPoint: "#d64545",
    opportunity: "#2f8a4f",
    idea: "#7b5ea7",
    note: "#829ab1",
    cardBg: "#ffffff",
    image: "#f0f4f8",
  },
  /** Stage header fills, cycled in order; dark enough for white text (contrast ≥ 4.5:1). */
  stagePalette: ["#2c5282", "#2f6f4f", "#8a4b08", "#6b3fa0", "#9b2c2c", "#285e61", "#744210", "#4a5568"],
  /** Emotion curve colours per persona, cycled; the dash pattern, not the colour, tells personas apart. */
  personaColors: ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"],
  /** Dash patterns per persona, cycled: a persona is recognisable in greyscale and for colour-blind readers. */
  personaDashes: ["", "8 4", "2 3", "10 3 2 3", "14 4", "4 4"],
} as const;
