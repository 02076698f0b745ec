import type { Catalog } from "./catalog.js";
import { missingPriceFigure, type CatalogFigure } from "./plan-rules.js";
import { checkCustomerFigures, priceQuote, type PricedQuote, type PriceInput } from "./pricing.js";

/** A prospect's figures, as the comparison page asks for them: priceQuote's, without the plan and what is added to it. */
export type PlanPricesInput = Omit<PriceInput, "planKey" | "addOnKeys" | "creditPacks" | "customPrices">;

/** One plan priced alone for the figures, or what is missing before it can be. */
export interface PricedPlan {
  planKey: string;
  /** priceQuote's answer for the plan alone; null while a figure its price reads is missing. */
  quote: PricedQuote | null;
  /** The figure to give before the plan can be priced; null once it is priced. */
  missingFigure: CatalogFigure | null;
  /** What to do before the plan can be priced, in the prospect's words; null once it is priced. */
  unpricedReason: string | null;
}

const ASK: Partial<Record<CatalogFigure, string>> = {
  LICENSE_PRICE: "Enter your license price",
  PROJECT_BUDGET: "Enter your project budget",
};

/**
 * Every plan of the catalog, in catalog order, priced alone for one prospect's figures: the
 * plans the figures can price carry priceQuote's answer, the others say which figure they
 * wait for. The figures are checked once, whether or not any plan can be priced.
 */
export function planPrices(catalog: Catalog, input: PlanPricesInput): PricedPlan[] {
  checkCustomerFigures(catalog, input);
  return catalog.plans.map((plan) => {
    const missing = missingPriceFigure(plan, input);
    if (missing !== null) return { planKey: plan.key, quote: null, missingFigure: missing, unpricedReason: ASK[missing] ?? null };
    return { planKey: plan.key, quote: priceQuote(catalog, { ...input, planKey: plan.key }), missingFigure: null, unpricedReason: null };
  });
}
