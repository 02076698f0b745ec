/** Laying out a PDF on A4 pages: text, headings, label and value pairs, tables and bullets, each kept whole on a page. */
import PDFDocument from "pdfkit";
import type { FontSet } from "./pdf-fonts.js";
import { PdfText, type TextStyle } from "./pdf-text.js";

export const MARGIN = { top: 50, bottom: 60, left: 50, right: 50 };
export const BODY = 10;
export const SMALL = 8.5;
export const CELL_PAD = 4;
export const GREY = "#555555";
export const RULE = "#bbbbbb";

export interface Column {
  title: string;
  width: number;
  align?: "left" | "right";
}

export interface Row {
  cells: string[];
  bold?: boolean;
}

/** Text, headings, pairs, tables and bullets on A4 pages, starting a new page where they would not fit. */
export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;
  protected readonly width: number;
  private readonly t: PdfText;

  constructor(info: PDFKit.DocumentInfo, fonts: FontSet) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      bufferPages: true,
      info,
    });
    this.width = this.doc.page.width - MARGIN.left - MARGIN.right;
    fonts.register(this.doc);
    this.t = new PdfText(this.doc, fonts);
  }

  /** Draws text at (x, y) within width and returns its height. */
  protected put(text: string, x: number, y: number, width: number, style: Partial<TextStyle> = {}): number {
    return this.t.draw(text, x, y, width, { size: BODY, ...style });
  }

  private measure(text: string, width: number, style: Partial<TextStyle> = {}): number {
    return this.t.height(text, width, { size: BODY, ...style });
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  private ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  protected text(text: string, options: { size?: number; bold?: boolean; color?: string; gap?: number } = {}): void {
    const { doc } = this;
    const style = { size: options.size ?? BODY, bold: options.bold, color: options.color };
    this.ensure(Math.min(this.measure(text, this.width, style), this.bottom - MARGIN.top));
    doc.y += this.put(text, MARGIN.left, doc.y, this.width, style);
    if (options.gap) doc.y += options.gap;
  }

  /** A section heading (or a sub-heading), kept on the page with a few lines of what follows. */
  protected heading(text: string, sub = false): void {
    const { doc } = this;
    doc.y += sub ? 6 : 12;
    // A section heading is followed by a sub-heading or a table header and its first row.
    this.ensure(sub ? 60 : 113);
    this.text(text, { size: sub ? 11 : 13, bold: true, gap: 3 });
    if (!sub) {
      doc.moveTo(MARGIN.left, doc.y).lineTo(MARGIN.left + this.width, doc.y).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.y += 5;
    }
  }

  /** "Label: value" pairs, the labels in a column of their own, within [x, x + width]. */
  protected pairs(items: [string, string][], x = MARGIN.left, width = this.width, labelWidth = 130): void {
    const { doc } = this;
    for (const [label, value] of items) {
      const height = Math.max(this.measure(label, labelWidth - 8), this.measure(value, width - labelWidth));
      this.ensure(Math.min(height, this.bottom - MARGIN.top));
      const y = doc.y;
      this.put(label, x, y, labelWidth - 8, { color: GREY });
      this.put(value, x + labelWidth, y, width - labelWidth);
      doc.y = y + height + 2;
    }
    doc.x = MARGIN.left;
  }

  /** Two headed lists of pairs side by side; what follows starts below the longer one. */
  protected sideBySide(left: [string, [string, string][]], right: [string, [string, string][]]): void {
    const { doc } = this;
    const gap = 24;
    const half = (this.width - gap) / 2;
    doc.y += 12;
    this.ensure(13 + 100);
    const top = doc.y;
    let end = top;
    for (const [i, [title, items]] of [left, right].entries()) {
      const x = MARGIN.left + i * (half + gap);
      doc.y = top;
      this.put(title, x, top, half, { size: 13, bold: true });
      doc.y = top + 19;
      doc.moveTo(x, doc.y).lineTo(x + half, doc.y).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.y += 5;
      this.pairs(items, x, half, 88);
      end = Math.max(end, doc.y);
    }
    doc.y = end;
  }

  private rowHeight(columns: Column[], row: Row): number {
    const style = { bold: row.bold, lineGap: 0 };
    return Math.max(...columns.map((c, i) => this.measure(row.cells[i] ?? "", c.width - 2 * CELL_PAD, style))) + 2 * CELL_PAD;
  }

  private drawRow(columns: Column[], row: Row, height: number, header: boolean): void {
    const { doc } = this;
    const y = doc.y;
    if (header) doc.rect(MARGIN.left, y, this.width, height).fill("#eeeeee");
    const style = { bold: row.bold || header, size: header ? SMALL + 0.5 : BODY, color: header ? GREY : "black", lineGap: 0 };
    let x = MARGIN.left;
    for (const [i, c] of columns.entries()) {
      this.put(row.cells[i] ?? "", x + CELL_PAD, y + CELL_PAD, c.width - 2 * CELL_PAD, { ...style, align: c.align });
      x += c.width;
    }
    doc.moveTo(MARGIN.left, y + height).lineTo(MARGIN.left + this.width, y + height).lineWidth(header || row.bold ? 0.8 : 0.4).strokeColor(RULE).stroke();
    doc.y = y + height;
  }

  /** A table whose rows never split; on each page it continues on, the caption says so above the repeated header row. */
  protected table(columns: Column[], rows: Row[], caption: string): void {
    const { doc } = this;
    const header: Row = { cells: columns.map((c) => c.title) };
    const headerHeight = this.rowHeight(columns, header);
    const heights = rows.map((r) => this.rowHeight(columns, r));
    this.ensure(headerHeight + (heights[0] ?? 0));
    this.drawRow(columns, header, headerHeight, true);
    rows.forEach((row, i) => {
      if (doc.y + heights[i] > this.bottom) {
        doc.addPage();
        this.text(`${caption} (continued)`, { size: SMALL, color: GREY, gap: 3 });
        this.drawRow(columns, header, headerHeight, true);
      }
      this.drawRow(columns, row, heights[i], false);
    });
    doc.x = MARGIN.left;
    doc.y += 6;
  }

  protected bullet(text: string): void {
    const { doc } = this;
    this.ensure(this.t.lineHeight({ size: BODY }) + 2);
    const y = doc.y;
    this.put("•", MARGIN.left + 4, y, 12);
    doc.y = y + this.put(text, MARGIN.left + 16, y, this.width - 16) + 2;
  }
}
