import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";

/**
 * The fonts a quote PDF prints with, embedded (subset) into each PDF: Noto Sans for Latin,
 * Greek and Cyrillic, then Hebrew, Arabic, emoji (monochrome), Chinese/Japanese kana and Korean Hangul for
 * what Noto Sans lacks. Each character takes the first font that has a glyph for it.
 */
export type FontStyle = "regular" | "bold";

interface FontFamily {
  name: string;
  package: string;
  /** Paths from the package's main file to the regular and bold files. */
  files: Record<FontStyle, string>;
}

const FAMILIES: FontFamily[] = [
  { name: "NotoSans", package: "@embedpdf/fonts-latin", files: { regular: "../fonts/NotoSans-Regular.ttf", bold: "../fonts/NotoSans-Bold.ttf" } },
  { name: "NotoSansHebrew", package: "@embedpdf/fonts-hebrew", files: { regular: "../fonts/NotoSansHebrew-Regular.ttf", bold: "../fonts/NotoSansHebrew-Bold.ttf" } },
  { name: "NotoNaskhArabic", package: "@embedpdf/fonts-arabic", files: { regular: "../fonts/NotoNaskhArabic-Regular.ttf", bold: "../fonts/NotoNaskhArabic-Bold.ttf" } },
  { name: "NotoEmoji", package: "@expo-google-fonts/noto-emoji", files: { regular: "./400Regular/NotoEmoji_400Regular.ttf", bold: "./700Bold/NotoEmoji_700Bold.ttf" } },
  { name: "NotoSansHans", package: "@embedpdf/fonts-sc", files: { regular: "../fonts/NotoSansHans-Regular.otf", bold: "../fonts/NotoSansHans-Bold.otf" } },
  { name: "NotoSansKR", package: "@embedpdf/fonts-kr", files: { regular: "../fonts/NotoSansKR-Regular.otf", bold: "../fonts/NotoSansKR-Bold.otf" } },
];

const require = createRequire(import.meta.url);

/** The font's registered name in a document, e.g. "NotoSansHebrew-bold". */
export function fontName(family: string, style: FontStyle): string {
  return `${family}-${style}`;
}

/** The file of each family and style, found through the packages that ship them. */
export function fontFiles(): { family: string; style: FontStyle; file: string }[] {
  return FAMILIES.flatMap((f) => {
    const dir = path.dirname(require.resolve(f.package));
    return (["regular", "bold"] as const).map((style) => ({ family: f.name, style, file: path.resolve(dir, f.files[style]) }));
  });
}

export const BASE_FAMILY = FAMILIES[0].name;

/** Loaded once per process (a PDF worker): the bytes of each file and a parsed font for coverage. */
export class FontSet {
  readonly buffers = new Map<string, Buffer>();
  private readonly coverage: { family: string; font: fontkit.Font }[] = [];
  private readonly cache = new Map<number, string | null>();

  constructor() {
    for (const { family, style, file } of fontFiles()) {
      const buffer = readFileSync(file);
      this.buffers.set(fontName(family, style), buffer);
      if (style === "regular") this.coverage.push({ family, font: fontkit.create(buffer) as fontkit.Font });
    }
  }

  /** The first family that can draw the code point; null when none can. */
  familyFor(codePoint: number): string | null {
    let family = this.cache.get(codePoint);
    if (family === undefined) {
      family = this.coverage.find((c) => c.font.hasGlyphForCodePoint(codePoint))?.family ?? null;
      this.cache.set(codePoint, family);
    }
    return family;
  }

  /** Whether a family has a glyph for the code point. */
  has(family: string, codePoint: number): boolean {
    return this.coverage.find((c) => c.family === family)?.font.hasGlyphForCodePoint(codePoint) ?? false;
  }

  /** Registers every font with a document (pdfkit opens a file only when it is first used). */
  register(doc: PDFKit.PDFDocument): void {
    for (const [name, buffer] of this.buffers) doc.registerFont(name, buffer);
  }
}
