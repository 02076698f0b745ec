import type { Catalog } from "../domain/catalog.js";
import { clauseTexts, contactLimit } from "../domain/acceptance.js";
import type { ComputedOption, ComputedQuote, QuoteContent, QuoteOption as OptionContent } from "../domain/quote.js";
import { quoteTimeline } from "../domain/timeline.js";
import { instantIn } from "../domain/zones.js";
import { listFigure } from "../domain/quote-approval.js";
import type { QuoteRecord } from "../services/quote.service.js";
import type { QuoteOption } from "./types/quote-option.type.js";
import type { Quote, QuoteDocument } from "./types/quote.type.js";

/** Quotes saved before lines had keys: a line is named by its position. */
type StoredDiscount = OptionContent["discounts"][number] & { lineIndex?: number | null };

/**
 * One option as the API shows it: computed lines with the content it was built from. The
 * discounts' internal reasons are left out for the customer (`staff` false).
 */
export function toOption(o: ComputedOption, content: OptionContent, catalog: Catalog | null, staff: boolean): QuoteOption {
  const lines = o.lines.map((l, i) => ({ ...l, key: l.key ?? `line-${i}` }));
  const keys = lines.filter((l) => l.kind !== "DISCOUNT").map((l) => l.key);
  const plan = catalog?.plans.find((p) => p.key === o.planKey);
  return {
    ...o,
    lines,
    addOnKeys: content.addOnKeys,
    creditPacks: content.creditPacks.map((p) => ({ credits: p.credits, quantity: p.quantity, agreedPrice: p.agreedPrice ?? null })),
    customPrices: content.customPrices,
    discounts: (content.discounts as StoredDiscount[]).map((d) => {
      const lineKey = d.lineKey ?? (d.lineIndex != null ? (keys[d.lineIndex] ?? null) : null);
      return {
        lineKey,
        lineIndex: lineKey === null ? null : keys.indexOf(lineKey),
        kind: d.kind,
        value: d.value,
        label: d.label ?? null,
        reason: staff ? d.reason : null,
      };
    }),
    clauses: clauseTexts(o.exclusions),
    authorizedContacts: catalog ? contactLimit(catalog, o.planKey) : null,
    discountTargets: lines.filter((l) => l.kind !== "DISCOUNT" && l.amount !== null).map((l) => ({ lineKey: l.key, label: l.label })),
    addOnChoices: plan
      ? (catalog?.plans ?? [])
          .filter((p) => p.availability.includes("ADD_ON") && p.addOnTo.includes(plan.key))
          .map((p) => ({ planKey: p.key, name: p.name, chosen: content.addOnKeys.includes(p.key) }))
      : [],
  };
}

function options(record: QuoteRecord, staff: boolean): QuoteOption[] {
  const content: QuoteContent = record.input.content;
  return record.computed.options.map((o, i) => ({ ...toOption(o, content.options[i], record.catalog, staff), timeline: timelineFor(record, i) }));
}

/** The support timeline if the option at `index` is chosen. */
function timelineFor(record: QuoteRecord, index: number) {
  const { row, computed, input } = record;
  return quoteTimeline(record.catalog, computed, input.content.figures, computed.options[index].planKey, row.validUntil, row.timeZone, row.sentAt ?? row.createdAt);
}

/** A preview's options, each with the timeline saving the input would give it. */
export function previewOptions(p: {
  catalog: Catalog;
  computed: ComputedQuote;
  content: QuoteContent;
  validUntil: string;
  timeZone: string;
  from: Date;
}): QuoteOption[] {
  return p.computed.options.map((o, i) => ({
    ...toOption(o, p.content.options[i], p.catalog, true),
    timeline: quoteTimeline(p.catalog, p.computed, p.content.figures, o.planKey, p.validUntil, p.timeZone, p.from),
  }));
}

/** The support timeline of the accepted option, or of the first one until a choice is made. */
export function timelineOf(record: QuoteRecord) {
  return timelineFor(record, record.row.acceptedOption ?? 0);
}

/** What a customer sees of a quote through a share link: never a discount's internal reason. */
export function toQuoteDocument(record: QuoteRecord, staff = false): QuoteDocument {
  const { row, computed, input } = record;
  return {
    number: row.number,
    status: record.status,
    catalogName: record.catalogName,
    vendor: record.catalog.vendor ?? record.catalogName,
    customer: { company: row.customerCompany, name: row.customerName, email: row.customerEmail },
    currency: row.currency,
    figures: input.content.figures,
    options: options(record, staff),
    guarantee: computed.guarantee,
    timeZone: row.timeZone,
    validUntil: row.validUntil,
    sentAt: row.sentAt,
    decidedAt: row.decidedAt,
    decidedAtInZone: row.decidedAt ? instantIn(row.decidedAt, row.timeZone) : null,
    decidedByName: row.decidedByName,
    acceptedOption: row.acceptedOption,
    priceToBeAgreed: row.priceToBeAgreed,
    timeline: timelineOf(record),
    record,
  };
}

/** A quote as staff see it. */
export function toQuote(record: QuoteRecord): Quote {
  const { row } = record;
  return {
    ...toQuoteDocument(record, true),
    id: row.id,
    baseNumber: row.baseNumber,
    revision: row.revision,
    lockVersion: row.lockVersion,
    catalogSlug: record.input.catalogSlug,
    catalogVersion: record.catalogVersion,
    approvalRequired: row.approvalRequired,
    approvalReasons: row.approvalReasons ?? [],
    approved: record.approved,
    total: row.total,
    listFigure: listFigure(record.computed, row.status === "ACCEPTED" ? row.acceptedOption : null),
    declineReason: row.declineReason,
    supersededBy: null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    pdfUrl: `/quotes/${row.id}/pdf`,
  };
}
