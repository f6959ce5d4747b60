/**
 * The few words the renderer itself writes on a map (legend, card badges), per language.
 * A language without an entry gets English; the map's own text is never translated here.
 */
export interface UiLabels {
  severity: string;
  impact: string;
  effort: string;
  target: string;
  momentThatMatters: string;
  asIs: string;
  toBe: string;
  image: string;
  emotionLegend: string;
  levels: readonly [string, string, string, string, string];
  status: Record<"open" | "planned" | "inProgress" | "done" | "dropped", string>;
}

const EN: UiLabels = {
  severity: "Severity",
    target: "target",
  impact: "Impact",
  effort: "Effort",
  momentThatMatters: "Moment that matters",
  asIs: "As-is",
  toBe: "To-be",
  image: "Image",
  emotionLegend: "Emotion",
  levels: ["Very negative", "Negative", "Neutral", "Positive", "Very positive"],
  status: { open: "Open", planned: "Planned", inProgress: "In progress", done: "Done", dropped: "Dropped" },
};

const LABELS: Record<string, UiLabels> = {
  en: EN,
  lv: {
    severity: "Smagums",
    target: "mērķis",
    impact: "Ietekme",
    effort: "Piepūle",
    momentThatMatters: "Izšķirošais brīdis",
    asIs: "Pašlaik",
    toBe: "Nākotnē",
    image: "Attēls",
    emotionLegend: "Emocijas",
    levels: ["Ļoti negatīvi", "Negatīvi", "Neitrāli", "Pozitīvi", "Ļoti pozitīvi"],
    status: { open: "Atvērts", planned: "Plānots", inProgress: "Procesā", done: "Paveikts", dropped: "Atmests" },
  },
  et: {
    severity: "Raskus",
    target: "siht",
    impact: "Mõju",
    effort: "Pingutus",
    momentThatMatters: "Otsustav hetk",
    asIs: "Praegu",
    toBe: "Tulevikus",
    image: "Pilt",
    emotionLegend: "Emotsioon",
    levels: ["Väga negatiivne", "Negatiivne", "Neutraalne", "Positiivne", "Väga positiivne"],
    status: { open: "Avatud", planned: "Planeeritud", inProgress: "Töös", done: "Tehtud", dropped: "Loobutud" },
  },
  cs: {
    severity: "Závažnost",
    target: "cíl",
    impact: "Dopad",
    effort: "Náročnost",
    momentThatMatters: "Klíčový okamžik",
    asIs: "Současný stav",
    toBe: "Cílový stav",
    image: "Obrázek",
    emotionLegend: "Emoce",
    levels: ["Velmi negativní", "Negativní", "Neutrální", "Pozitivní", "Velmi pozitivní"],
    status: { open: "Otevřeno", planned: "Plánováno", inProgress: "Probíhá", done: "Hotovo", dropped: "Zrušeno" },
  },
  fa: {
    severity: "شدت",
    target: "هدف",
    impact: "اثر",
    effort: "تلاش",
    momentThatMatters: "لحظهٔ سرنوشت‌ساز",
    asIs: "وضع موجود",
    toBe: "وضع مطلوب",
    image: "تصویر",
    emotionLegend: "احساس",
    levels: ["خیلی منفی", "منفی", "خنثی", "مثبت", "خیلی مثبت"],
    status: { open: "باز", planned: "برنامه‌ریزی‌شده", inProgress: "در حال انجام", done: "انجام‌شده", dropped: "کنارگذاشته" },
  },
};

/** Labels for `locale` by its primary language, English when there are none. */
export function uiLabels(locale: string): UiLabels {
  return LABELS[locale.split("-")[0]?.toLowerCase() ?? ""] ?? EN;
}
