import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { renderMapSvg, type JourneyDocument } from "@kaart/core";
import { shippedFonts } from "../fonts/shipped-fonts";
import type { MapImageOptions } from "../png/render-png";
import { installBidiLayout } from "./bidi-font-layout";

export type PdfOptions = Omit<MapImageOptions, "scale">;

interface SvgToPdfOptions {
  width: number;
  height: number;
  assumePt: boolean;
  /** Picks a registered pdfkit font for an SVG `font-family`; returns the registered name. */
  fontCallback: (family: string, bold: boolean) => string;
}

/**
 * svg-to-pdfkit, loaded by `require` and checked: it ships no type declarations, and an ambient
 * declaration in this package would not reach the apps that typecheck `@kaart/export`.
 */
function svgToPdf(pdf: PDFKit.PDFDocument, svg: string, options: SvgToPdfOptions): void {
  const loaded: unknown = createRequire(import.meta.url)("svg-to-pdfkit");
  if (typeof loaded !== "function") throw new TypeError("svg-to-pdfkit did not export a function");
  Reflect.apply(loaded, undefined, [pdf, svg, 0, 0, options]);
}

const nameOf = (family: string, weight: number): string => (weight >= 700 ? `${family} Bold` : family);

/** The first shipped family named in an SVG `font-family` list (Noto Sans when none is). */
function pickFamily(fontFamily: string): string {
  const families = new Set<string>(shippedFonts().map((f) => f.family));
  for (const name of fontFamily.split(",")) {
    const bare = name.trim().replace(/^['"]|['"]$/g, "");
    if (families.has(bare)) return bare;
  }
  return "Noto Sans";
}

/** The page size in points: the SVG's own size, so one SVG unit is one point. */
function svgSize(svg: string): [number, number] {
  const match = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  return [Number(match?.[1] ?? 595), Number(match?.[2] ?? 842)];
}

/**
 * The map as a one-page PDF with real, selectable text in the embedded shipped fonts (subset):
 * the SVG is drawn by svg-to-pdfkit, whose text becomes PDF text, and every font is given the
 * bidi layout so Persian and Arabic lines are shaped and ordered right.
 *
 * @example
 * const pdf = await renderPdf(doc, { locale: "fa" });
 */
export async function renderPdf(doc: JourneyDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const svg = renderMapSvg(doc, { personaId: options.personaId, locale: options.locale, anchors: "logical" });
  const [width, height] = svgSize(svg);
  const pdf = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: true,
    info: { Title: doc.map.title, Producer: "Kaart", Creator: "Kaart", CreationDate: creationDate(doc) },
    lang: options.locale ?? doc.map.sourceLocale,
  });
  const chunks: Uint8Array[] = [];
  pdf.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });
  for (const font of shippedFonts()) {
    const name = nameOf(font.family, font.weight);
    pdf.registerFont(name, font.path);
    pdf.font(name);
    installBidiLayout(Reflect.get(pdf, "_font"));
  }
  svgToPdf(pdf, svg, {
    width,
    height,
    assumePt: true,
    fontCallback: (family, bold) => nameOf(pickFamily(family), bold ? 700 : 400),
  });
  pdf.end();
  await done;
  return concat(chunks);
}

/**
 * The map's last change as the PDF's creation date (pdfkit would stamp the clock, and derive the
 * file id from it): the same map gives byte-identical PDFs.
 */
function creationDate(doc: JourneyDocument): Date {
  const date = new Date(doc.map.updatedAt);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
