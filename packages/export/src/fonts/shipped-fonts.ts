import { createRequire } from "node:module";

/**
 * The font files every export uses. They come from npm packages that ship plain TTF files
 * (resvg and pdfkit need TTF/OTF; the @fontsource packages ship only WOFF), so an export needs
 * no system font and no download. The family names match the `font-family` the SVG renderer
 * writes; `render/font-metrics.generated.ts` in core is generated from these same files.
 */
export interface ShippedFont {
  family: "Noto Sans" | "Vazirmatn";
  weight: 400 | 700;
  /** Absolute path of the TTF file inside node_modules. */
  path: string;
}

const require = createRequire(import.meta.url);

const SPECIFIERS: ReadonlyArray<Omit<ShippedFont, "path"> & { specifier: string }> = [
  { family: "Noto Sans", weight: 400, specifier: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf" },
  { family: "Noto Sans", weight: 700, specifier: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf" },
  { family: "Vazirmatn", weight: 400, specifier: "@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf" },
  { family: "Vazirmatn", weight: 700, specifier: "@expo-google-fonts/vazirmatn/700Bold/Vazirmatn_700Bold.ttf" },
];

/**
 * The shipped fonts with their resolved paths.
 *
 * @example
 * const paths = shippedFonts().map((f) => f.path); // pass to resvg's `fontFiles`
 */
export function shippedFonts(): ShippedFont[] {
  return SPECIFIERS.map(({ specifier, ...font }) => ({ ...font, path: require.resolve(specifier) }));
}
