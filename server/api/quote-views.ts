import type { QuoteRecord } from "../services/quote.service.js";
import type { Quote, QuoteDocument } from "./types/quote.type.js";

/** What both a customer (through a link) and a sales rep see of a quote. */
export function toQuoteDocument(record: QuoteRecord): QuoteDocument {
  const { row, computed, input } = record;
  return {
    number: row.number,
    status: record.status,
    catalogName: record.catalogName,
    customer: { company: row.customerCompany, name: row.customerName, email: row.customerEmail },
    currency: row.currency,
    figures: input.content.figures,
    options: computed.options.map((o, i) => ({
      ...o,
      addOnKeys: input.content.options[i].addOnKeys,
      creditPacks: input.content.options[i].creditPacks,
      customPrices: input.content.options[i].customPrices,
      discounts: input.content.options[i].discounts,
    })),
    guarantee: computed.guarantee,
    timeZone: row.timeZone,
    validUntil: row.validUntil,
    sentAt: row.sentAt,
    decidedAt: row.decidedAt,
    decidedByName: row.decidedByName,
    acceptedOption: row.acceptedOption,
  };
}

export function toQuote(record: QuoteRecord): Quote {
  const { row } = record;
  return {
    ...toQuoteDocument(record),
    id: row.id,
    baseNumber: row.baseNumber,
    revision: row.revision,
    lockVersion: row.lockVersion,
    catalogSlug: record.input.catalogSlug,
    catalogVersion: record.catalogVersion,
    approvalRequired: row.approvalRequired,
    approved: record.approved,
    total: row.total,
    declineReason: row.declineReason,
    supersededBy: null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    pdfUrl: `/quotes/${row.id}/pdf`,
  };
}
