import { estimateCredits, type CreditEstimate, type CreditRequest } from "../domain/credits.js";
import { planPrices, type PlanPricesInput, type PricedPlan } from "../domain/plan-prices.js";
import { priceQuote, type PriceInput, type PricedQuote } from "../domain/pricing.js";
import { offersInstantQuote } from "../domain/quote-request.js";
import { recommendPlans, type PlanFit, type PlanFitInput } from "../domain/recommend.js";
import { slaDueAt, type SlaDue, type SlaDueInput } from "../domain/sla.js";
import type { CatalogService } from "./catalog.service.js";

/** Runs the pure engine against the latest published version of a catalog. */
export class EngineService {
  constructor(private readonly catalogs: CatalogService) {}

  /** The price, and whether the prospect may turn it into an instant quote (createInstantQuote). */
  async priceQuote(slug: string, input: PriceInput): Promise<PricedQuote & { version: number; instantQuote: boolean }> {
    const published = await this.catalogs.publishedCatalog(slug);
    const priced = priceQuote(published.catalog, input);
    return { ...priced, version: published.number, instantQuote: offersInstantQuote(published.catalog, input.planKey, priced) };
  }

  /** Every plan of the catalog priced alone for a prospect's figures (planPrices), each quote as priceQuote answers it. */
  async planPrices(slug: string, input: PlanPricesInput): Promise<(PricedPlan & { quote: (PricedQuote & { version: number; instantQuote: boolean }) | null })[]> {
    const published = await this.catalogs.publishedCatalog(slug);
    return planPrices(published.catalog, input).map((priced) => ({
      ...priced,
      quote: priced.quote && { ...priced.quote, version: published.number, instantQuote: offersInstantQuote(published.catalog, priced.planKey, priced.quote) },
    }));
  }

  async slaDueAt(slug: string, input: SlaDueInput): Promise<SlaDue> {
    return slaDueAt((await this.catalogs.publishedCatalog(slug)).catalog, input);
  }

  async estimateCredits(slug: string, requests: CreditRequest[]): Promise<CreditEstimate> {
    return estimateCredits((await this.catalogs.publishedCatalog(slug)).catalog, requests);
  }

  async recommendPlans(slug: string, input: PlanFitInput): Promise<PlanFit[]> {
    return recommendPlans((await this.catalogs.publishedCatalog(slug)).catalog, input);
  }
}
