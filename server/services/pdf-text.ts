import * as bidiModule from "bidi-js";
import type { Bidi } from "bidi-js";
import { BASE_FAMILY, fontName, type FontSet, type FontStyle } from "./pdf-fonts.js";

/** The most characters one printed field shows; past it, "…" (the API bounds input too, this keeps the PDF safe anyway). */
export const MAX_PRINTED_CHARS = 4000;
/** The most lines one field takes, so that any field fits on a page; past it, "…". */
export const MAX_FIELD_LINES = 30;

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  /** Unset: from the start of the paragraph's direction (the right edge for Hebrew or Arabic). */
  align?: "left" | "right";
  lineGap?: number;
}

interface Glyph {
  ch: string;
  family: string;
  level: number;
}

interface Run {
  text: string;
  family: string;
  level: number;
  width: number;
}

type BidiFactory = () => Bidi;
// A CommonJS module: Node gives its exports as the default, a bundler may give the factory itself.
const bidiExports = bidiModule.default as unknown as BidiFactory | { default: BidiFactory };
const bidi = (typeof bidiExports === "function" ? bidiExports : bidiExports.default)();
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;
/** Characters after which a line may break even without a space (ideographs, kana, hangul). */
const BREAK_AFTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Text as it will be printed: composed (NFC), odd spaces as spaces, control and format
 * characters dropped (but the joiner emoji sequences need), at most `max` characters.
 */
export function printable(text: string, max = MAX_PRINTED_CHARS): string {
  let out = "";
  let count = 0;
  for (const ch of text.normalize("NFC")) {
    if (count >= max) return `${out}…`;
    if (ch === "\n") out += ch;
    else if (/[\t\u2000-\u200a\u202f\u205f\u3000]/.test(ch)) out += " ";
    else if (/[\p{Cc}\p{Cf}\u00ad]/u.test(ch) && ch !== "\u200d") continue;
    else out += ch;
    count++;
  }
  return out;
}

/**
 * Lays out and draws text in the embedded fonts: each character in the first font that has
 * it (neutrals and marks stay with the letters before them), lines wrapped by measured
 * width (between words, between ideographs, and inside a word too long for a line), and
 * each line put in visual order by the Unicode bidirectional algorithm, so Hebrew and
 * Arabic read right to left (fontkit shapes and reverses a right-to-left script run).
 */
export class PdfText {
  private readonly widths = new Map<string, number>();
  /** Lines of right-to-left paragraphs: they start at the right edge unless told otherwise. */
  private readonly rightToLeft = new WeakSet<Run[]>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FontSet,
  ) {}

  /** The height `text` takes in `width`. */
  height(text: string, width: number, style: TextStyle): number {
    return this.lines(text, width, style).length * this.lineHeight(style);
  }

  /** Draws `text` from (x, y) within `width`; returns the height used. */
  draw(text: string, x: number, y: number, width: number, style: TextStyle): number {
    const { doc } = this;
    const lines = this.lines(text, width, style);
    const lineHeight = this.lineHeight(style);
    lines.forEach((runs, i) => {
      const lineWidth = runs.reduce((sum, r) => sum + r.width, 0);
      const right = style.align === "right" || (style.align === undefined && this.rightToLeft.has(runs));
      let cx = right ? x + width - lineWidth : x;
      for (const run of visualOrder(runs)) {
        this.use(run.family, style).fillColor(style.color ?? "black");
        const shown = run.level % 2 === 1 && !RTL_LETTER.test(run.text) ? [...run.text].reverse().join("") : run.text;
        doc.text(shown, cx, y + i * lineHeight, { lineBreak: false });
        cx += run.width;
      }
    });
    doc.x = x;
    return lines.length * lineHeight;
  }

  lineHeight(style: TextStyle): number {
    return this.use(BASE_FAMILY, style).currentLineHeight(true) + (style.lineGap ?? 1.5);
  }

  private use(family: string, style: TextStyle): PDFKit.PDFDocument {
    const weight: FontStyle = style.bold ? "bold" : "regular";
    return this.doc.font(fontName(family, weight)).fontSize(style.size);
  }

  private width(text: string, family: string, style: TextStyle): number {
    const key = `${family}\0${style.bold ? 1 : 0}\0${style.size}\0${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.use(family, style).widthOfString(text);
      this.widths.set(key, w);
    }
    return w;
  }

  /** Each paragraph's characters with their font and bidi level, broken into lines of runs. */
  private lines(text: string, width: number, style: TextStyle): Run[][] {
    const lines: Run[][] = [];
    for (const paragraph of printable(text).split("\n")) {
      const { glyphs, rtl } = this.glyphs(paragraph);
      const push = (runs: Run[]) => {
        if (rtl) this.rightToLeft.add(runs);
        lines.push(runs);
      };
      let line: Glyph[] = [];
      let lineWidth = 0;
      for (const unit of breakUnits(glyphs)) {
        const unitWidth = this.measure(unit, style);
        if (line.length > 0 && lineWidth + this.measure(trimEnd(unit), style) > width) {
          push(this.runs(trimEnd(line), style));
          line = [];
          lineWidth = 0;
        }
        if (unitWidth > width) {
          // A word longer than the line: break it between characters.
          for (const g of unit) {
            const w = this.measure([g], style);
            if (line.length > 0 && lineWidth + w > width) {
              push(this.runs(line, style));
              line = [];
              lineWidth = 0;
            }
            line.push(g);
            lineWidth += w;
          }
          continue;
        }
        line.push(...unit);
        lineWidth += unitWidth;
      }
      push(this.runs(trimEnd(line), style));
    }
    if (lines.length <= MAX_FIELD_LINES) return lines;
    const last = lines[MAX_FIELD_LINES - 1];
    // Room for the ellipsis: drop the last run's final characters until it fits (a line is never empty of room for one).
    const ellipsis = { text: "…", family: BASE_FAMILY, level: 0, width: this.width("…", BASE_FAMILY, style) };
    while (last.length > 0 && last.reduce((sum, r) => sum + r.width, 0) + ellipsis.width > width) {
      const run = last[last.length - 1];
      run.text = [...run.text].slice(0, -1).join("");
      if (run.text === "") last.pop();
      else run.width = this.width(run.text, run.family, style);
    }
    last.push(ellipsis);
    return lines.slice(0, MAX_FIELD_LINES);
  }

  /** The paragraph's characters, and whether it reads right to left (its first strong character does). */
  private glyphs(paragraph: string): { glyphs: Glyph[]; rtl: boolean } {
    const { levels, paragraphs } = bidi.getEmbeddingLevels(paragraph, "auto");
    const glyphs: Glyph[] = [];
    let index = 0;
    for (const ch of paragraph) {
      const cp = ch.codePointAt(0)!;
      const prev = glyphs[glyphs.length - 1];
      const sticks = prev && !/\p{L}/u.test(ch) && this.fonts.has(prev.family, cp);
      const family = sticks ? prev.family : this.fonts.familyFor(cp);
      glyphs.push(family ? { ch, family, level: levels[index] } : { ch: "?", family: BASE_FAMILY, level: levels[index] });
      index += ch.length;
    }
    return { glyphs, rtl: (paragraphs[0]?.level ?? 0) % 2 === 1 };
  }

  private measure(glyphs: Glyph[], style: TextStyle): number {
    return this.runs(glyphs, style).reduce((sum, r) => sum + r.width, 0);
  }

  /** Consecutive glyphs of one font and level (right to left: one word, or its spaces), measured. */
  private runs(glyphs: Glyph[], style: TextStyle): Run[] {
    const runs: Run[] = [];
    for (const g of glyphs) {
      const last = runs[runs.length - 1];
      // pdfkit lays out a run word by word, in logical order: a right-to-left run holds one word, the spaces apart.
      const wordEdge = g.level % 2 === 1 && last !== undefined && (g.ch === " ") !== last.text.endsWith(" ");
      if (last && last.family === g.family && last.level === g.level && !wordEdge) last.text += g.ch;
      else runs.push({ text: g.ch, family: g.family, level: g.level, width: 0 });
    }
    for (const r of runs) r.width = this.width(r.text, r.family, style);
    return runs;
  }
}

/** Words with the spaces after them; ideographs one by one. */
function breakUnits(glyphs: Glyph[]): Glyph[][] {
  const units: Glyph[][] = [];
  let unit: Glyph[] = [];
  glyphs.forEach((g, i) => {
    unit.push(g);
    const next = glyphs[i + 1];
    const endsWord = g.ch === " " && next?.ch !== " ";
    if (endsWord || BREAK_AFTER.test(g.ch) || (next && BREAK_AFTER.test(next.ch))) {
      units.push(unit);
      unit = [];
    }
  });
  if (unit.length > 0) units.push(unit);
  return units;
}

function trimEnd(glyphs: Glyph[]): Glyph[] {
  let end = glyphs.length;
  while (end > 0 && glyphs[end - 1].ch === " ") end--;
  return glyphs.slice(0, end);
}

/** Rule L2 of the bidirectional algorithm, on runs: from the highest level down to the lowest odd one, reverse each stretch at that level or above. */
function visualOrder(runs: Run[]): Run[] {
  const out = [...runs];
  const levels = out.map((r) => r.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < out.length) {
      if (out[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && out[j].level >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}
