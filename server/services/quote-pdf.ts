import { DateTime } from "luxon";
import type { ExclusionKind } from "../domain/catalog.js";
import { groupThousands } from "../domain/money.js";
import type { ComputedLine, ComputedOption, ExclusionInForce, PlanSla, QuoteFigures } from "../domain/quote.js";
import { isZoneError, parseZone } from "../domain/zones.js";
import { quoteTimeline } from "../domain/timeline.js";
import type { QuoteRecord } from "./quote.service.js";
import { FontSet } from "./pdf-fonts.js";
import { GREY, MARGIN, PdfLayout, RULE, SMALL, type Row } from "./pdf-layout.js";
import { printable } from "./pdf-text.js";

export { printable };

/** What the customer agreed to, as kept with an accepted quote. */
export interface AcceptanceRecord {
  name: string;
  acceptedAt: Date;
  optionLabel: string | null;
  planName: string;
  contacts: { name: string; email: string }[];
  clauses: string[];
  contentDigest: string;
}

function money(amount: string, currency: string): string {
  return `${groupThousands(amount)} ${currency}`;
}

/** "15 Jan 2027" for a calendar date "2027-01-15". */
function day(date: string): string {
  return DateTime.fromISO(date, { zone: "UTC" }).setLocale("en").toFormat("d LLL yyyy");
}

/** The date of an instant in the quote's zone. */
function dayOf(instant: Date, zoneName: string): string {
  const zone = parseZone(zoneName);
  return DateTime.fromJSDate(instant, { zone: isZoneError(zone) ? "UTC" : zone.zone }).setLocale("en").toFormat("d LLL yyyy");
}

const KIND_HEADINGS: Record<ExclusionKind, string> = {
  NOT_COVERED: "Not covered",
  NOT_INCLUDED: "Not included",
  WARRANTY_VOID: "The warranty is void if",
};

/** Draws one quote on A4 pages with the built-in fonts; money is printed as stored, never recomputed. */
class QuoteLayout extends PdfLayout {
  constructor(
    private readonly record: QuoteRecord,
    private readonly acceptance: AcceptanceRecord | null,
    fonts: FontSet,
  ) {
    super({ Title: `Quote ${printable(record.row.number, 200)}`, Author: "Tierwise", Subject: printable(`${record.catalogName} support quote for ${record.row.customerCompany}`, 400) }, fonts);
  }

  draw(): void {
    const { record } = this;
    const { computed } = record;
    this.header();
    this.customerAndFigures(record.input.content.figures);
    computed.options.forEach((o, i) => this.option(o, i));
    this.guarantee();
    this.sla();
    this.timeline();
    this.exclusions();
    this.acceptanceRecord();
    this.footers();
  }

  private header(): void {
    const { doc, record } = this;
    const { row } = record;
    const top = doc.y;
    this.put("Tierwise", MARGIN.left, top - 4, this.width / 2, { size: 22, bold: true, color: "#1f3a68" });
    this.put("Support plan quote", MARGIN.left, top + 26, this.width / 2, { size: SMALL, color: GREY });
    this.put(`Quote ${row.number}`, MARGIN.left, top, this.width, { size: 14, bold: true, align: "right" });
    this.put(`Revision ${row.revision}`, MARGIN.left, top + 22, this.width, { color: GREY, align: "right" });
    doc.y = top + 44;
    doc.moveTo(MARGIN.left, doc.y).lineTo(MARGIN.left + this.width, doc.y).lineWidth(1.2).strokeColor("#1f3a68").stroke();
    doc.y += 10;

    const status = this.statusLine();
    if (status) this.text(status, { bold: true, size: 12, color: record.status === "ACCEPTED" ? "#1d6b2f" : "#9b2c2c", gap: 4 });
    this.pairs([
      ["Date sent", row.sentAt ? dayOf(row.sentAt, row.timeZone) : "Not sent yet (draft)"],
      ["Validity", row.validUntil ? `Valid until ${day(row.validUntil)} (end of day, ${row.timeZone})` : "No expiry date"],
    ]);
  }

  private statusLine(): string | null {
    const { record } = this;
    const { row } = record;
    const on = row.decidedAt ? ` on ${dayOf(row.decidedAt, row.timeZone)}` : "";
    switch (record.status) {
      case "ACCEPTED": {
        const option = row.acceptedOption !== null && record.computed.options.length > 1 ? record.computed.options[row.acceptedOption] : null;
        const choice = option ? ` (option ${row.acceptedOption! + 1}: ${option.label ?? option.planName})` : "";
        return `ACCEPTED by ${row.decidedByName ?? "the customer"}${on}${choice}`;
      }
      case "DECLINED": {
        const by = row.decidedByName ? ` by ${row.decidedByName}` : "";
        return `DECLINED${by}${on}${row.declineReason ? `: ${row.declineReason}` : ""}`;
      }
      case "EXPIRED":
        return `EXPIRED: this quote was valid until ${day(row.validUntil!)}`;
      case "SUPERSEDED":
        return "SUPERSEDED: replaced by a later revision";
      default:
        return null;
    }
  }

  /** The customer, and the catalog version and figures the quote is priced for. */
  private customerAndFigures(f: QuoteFigures): void {
    const { row, catalogName, catalogVersion } = this.record;
    const currency = row.currency;
    const figures: [string, string][] = [["Catalog", `${catalogName}, version ${catalogVersion}`]];
    if (f.licensePrice !== null) figures.push(["License price", money(f.licensePrice, currency)]);
    if (f.projectBudget !== null) figures.push(["Project budget", money(f.projectBudget, currency)]);
    figures.push(["Term", `${f.termYears} ${f.termYears === 1 ? "year" : "years"}`]);
    if (f.goLiveDate !== null) figures.push(["Go-live date", day(f.goLiveDate)]);
    if (f.agents !== null) figures.push(["Agents", String(f.agents)]);
    if (f.bots !== null) figures.push(["Bots", String(f.bots)]);
    if (f.licenseEdition !== null) figures.push(["License edition", f.licenseEdition]);
    const customer: [string, string][] = [
      ["Company", row.customerCompany],
      ["Contact", row.customerName],
      ["Email", row.customerEmail],
    ];
    this.sideBySide(["Customer", customer], ["Priced for", figures]);
  }

  private option(o: ComputedOption, index: number): void {
    const { record } = this;
    const currency = record.row.currency;
    const many = record.computed.options.length > 1;
    const accepted = record.status === "ACCEPTED" && record.row.acceptedOption === index && many ? " (accepted)" : "";
    const title = !many ? `Your plan: ${o.planName}` : `Option ${index + 1}: ${o.label && o.label !== o.planName ? `${o.label} (${o.planName})` : o.planName}`;
    if (!many) this.heading(title);
    else {
      if (index === 0) {
        this.heading("Alternatives");
        this.text(`Choose one of these ${record.computed.options.length} alternatives.`, { color: GREY, gap: 2 });
      }
      this.heading(`${title}${accepted}`, true);
    }
    if (!o.eligible && o.reasons.length > 0) this.text(`Note: ${o.reasons.join("; ")}`, { color: "#9b2c2c", gap: 4 });

    const onRequest = record.row.priceToBeAgreed ? "Price to be agreed" : "Price on request";
    const amount = (l: ComputedLine) => (l.amount === null ? onRequest : money(l.amount, currency));
    const rows: Row[] = o.lines.map((l) => ({ cells: [l.label, l.detail, amount(l)] }));
    // The engine lists discounts after the lines they reduce.
    const firstDiscount = o.lines.findIndex((l) => l.kind === "DISCOUNT");
    if (firstDiscount >= 0 && o.undiscounted !== null) {
      rows.splice(firstDiscount, 0, { cells: ["Subtotal before discounts", "", money(o.undiscounted, currency)], bold: true });
    }
    rows.push({ cells: ["Total", "", o.total === null ? (record.row.priceToBeAgreed ? "Total to be agreed" : "Total on request") : money(o.total, currency)], bold: true });
    const amountWidth = 130;
    this.table(
      [
        { title: "Item", width: 215 },
        { title: "Detail", width: this.width - 215 - amountWidth },
        { title: "Amount", width: amountWidth, align: "right" },
      ],
      rows,
      title,
    );
  }

  private guarantee(): void {
    const g = this.record.computed.guarantee;
    if (!g) return;
    this.heading("Post-project guarantee");
    const window = g.startsOn && g.endsOn ? `, from ${day(g.startsOn)} to ${day(g.endsOn)} (both included)` : ", counted from the go-live date";
    this.text(`${g.days} days${window}.`);
  }

  private plans(): PlanSla[] {
    const seen = new Map<string, PlanSla>();
    for (const o of this.record.computed.options) for (const s of o.sla) if (!seen.has(s.planKey)) seen.set(s.planKey, s);
    return [...seen.values()];
  }

  private sla(): void {
    const plans = this.plans().filter((p) => p.hours !== null || p.targets.length > 0);
    if (plans.length === 0) return;
    this.heading("Service levels");
    for (const p of plans) {
      this.heading(p.planName, true);
      if (p.hours) this.pairs([["Support hours", p.hours]]);
      if (p.targets.length === 0) continue;
      this.doc.y += 2;
      this.table(
        [
          { title: "Priority", width: this.width - 200 },
          { title: "Response target", width: 200 },
        ],
        p.targets.map((t) => ({ cells: [t.priorityLabel, t.target] })),
        `${p.planName}: response targets`,
      );
    }
  }

  private exclusions(): void {
    const all = new Map<string, ExclusionInForce>();
    for (const o of this.record.computed.options) for (const e of o.exclusions) all.set(`${e.kind}\0${e.heading}\0${e.text}`, e);
    if (all.size === 0) return;
    const names = new Map(this.plans().map((p) => [p.planKey, p.planName]));
    const groups = new Map<string, ExclusionInForce[]>();
    for (const e of all.values()) {
      const heading = e.heading ?? KIND_HEADINGS[e.kind];
      groups.set(heading, [...(groups.get(heading) ?? []), e]);
    }
    this.heading("Exclusions");
    for (const [heading, items] of groups) {
      this.heading(heading, true);
      for (const e of items) {
        const only = e.planKeys.length > 0 ? ` (${e.planKeys.map((k) => names.get(k) ?? k).join(", ")} only)` : "";
        this.bullet(`${e.text}${only}`);
      }
    }
  }

  /** Go-live, guarantee, paid term and validity; SLA examples in the customer's zone; the rounding rule, once. */
  private timeline(): void {
    const t = quoteTimeline(this.record.catalog, this.record.computed, this.record.input.content.figures, this.chosenPlanKey(), this.record.row.validUntil, this.record.row.timeZone, this.record.row.sentAt ?? this.record.row.createdAt);
    this.heading("Support timeline");
    const span = (s: { startsOn: string | null; endsOn: string | null }) =>
      s.startsOn && s.endsOn ? `${day(s.startsOn)} to ${day(s.endsOn)}` : day((s.startsOn ?? s.endsOn)!);
    if (t.steps.length > 0) this.pairs(t.steps.map((s) => [s.label, span(s)]));
    if (t.slaExamples.length > 0) {
      this.text(`${t.exampleNote}:`, { size: SMALL, color: GREY, gap: 2 });
      for (const e of t.slaExamples) this.bullet(e.text);
    }
    this.text(t.rounding, { size: SMALL, color: GREY, gap: 4 });
  }

  private chosenPlanKey(): string {
    return this.record.computed.options[this.record.row.acceptedOption ?? 0].planKey;
  }

  /** Who accepted, when, which option, the contacts, the clauses acknowledged and the digest: what either side can show. */
  private acceptanceRecord(): void {
    const a = this.acceptance;
    if (!a) return;
    this.heading("Acceptance record");
    this.pairs([
      ["Accepted by", a.name],
      ["Accepted at", `${DateTime.fromJSDate(a.acceptedAt, { zone: "UTC" }).toFormat("d LLL yyyy HH:mm:ss")} UTC`],
      ["Option", a.optionLabel ? `${a.optionLabel}: ${a.planName}` : a.planName],
      ["Content digest", `SHA-256 ${a.contentDigest}`],
    ]);
    this.text("Authorized contacts", { bold: true, gap: 2 });
    if (a.contacts.length === 0) this.text("None named", { size: SMALL, color: GREY });
    for (const c of a.contacts) this.bullet(`${c.name} <${c.email}>`);
    this.text("Clauses acknowledged as read", { bold: true, gap: 2 });
    for (const c of a.clauses) this.bullet(c);
  }

  /** Page numbers go on once every page exists; the bottom margin is lifted so they do not start a new page. */
  private footers(): void {
    const { doc, record } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      doc.page.margins.bottom = 0;
      const y = doc.page.height - MARGIN.bottom + 20;
      doc.moveTo(MARGIN.left, y - 6).lineTo(MARGIN.left + this.width, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
      this.put(`Tierwise - quote ${printable(record.row.number, 60)}`, MARGIN.left, y, this.width / 2, { size: SMALL, color: GREY });
      this.put(`Page ${i - range.start + 1} of ${range.count}`, MARGIN.left + this.width / 2, y, this.width / 2, { size: SMALL, color: GREY, align: "right" });
      doc.page.margins.bottom = MARGIN.bottom;
    }
  }
}

/** The quote as a PDF a customer can keep: what it offers, at which prices, under which terms. */
export function renderQuotePdf(record: QuoteRecord, acceptance: AcceptanceRecord | null = null, fonts: FontSet = defaultFonts()): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const layout = new QuoteLayout(record, acceptance, fonts);
    const chunks: Buffer[] = [];
    layout.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    layout.doc.on("end", () => resolve(Buffer.concat(chunks)));
    layout.doc.on("error", reject);
    try {
      layout.draw();
      layout.doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

let loaded: FontSet | null = null;

/** The fonts, read from their packages once per process (per PDF worker). */
export function defaultFonts(): FontSet {
  loaded ??= new FontSet();
  return loaded;
}
