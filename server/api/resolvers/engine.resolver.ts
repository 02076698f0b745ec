import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { CreditEstimateInput, PlanPricesInput, PriceQuoteInput, SlaDueInput } from "../inputs/engine.input.js";
import { PlanFitInput } from "../inputs/plan-fit.input.js";
import { CreditEstimate, PlanFit, PricedPlan, PricedQuote, SlaDue } from "../types/engine.type.js";

@Resolver()
export class EngineResolver {
  @Query(() => PricedQuote, { description: "Prices a plan with add-ons and credit packs for one customer's figures." })
  async priceQuote(@Arg("input", () => PriceQuoteInput) input: PriceQuoteInput, @Ctx() ctx: Context): Promise<PricedQuote> {
    const { version, ...quote } = await ctx.services.engine.priceQuote(input.catalogSlug, input);
    return { ...quote, catalogVersion: version };
  }

  @Query(() => [PricedPlan], {
    description:
      "Every plan of a catalog, in catalog order, priced alone for one prospect's figures; a plan the figures cannot price yet says which figure it waits for.",
  })
  async planPrices(@Arg("input", () => PlanPricesInput) input: PlanPricesInput, @Ctx() ctx: Context): Promise<PricedPlan[]> {
    const plans = await ctx.services.engine.planPrices(input.catalogSlug, input);
    return plans.map(({ quote, ...plan }) => ({ ...plan, quote: quote && { ...quote, catalogVersion: quote.version } }));
  }

  @Query(() => SlaDue, { description: "When the first response to a request is due under a plan's SLA." })
  slaDueAt(@Arg("input", () => SlaDueInput) input: SlaDueInput, @Ctx() ctx: Context): Promise<SlaDue> {
    return ctx.services.engine.slaDueAt(input.catalogSlug, input);
  }

  @Query(() => CreditEstimate, { description: "Credits a set of requests uses, and the packs to buy." })
  estimateCredits(@Arg("input", () => CreditEstimateInput) input: CreditEstimateInput, @Ctx() ctx: Context): Promise<CreditEstimate> {
    return ctx.services.engine.estimateCredits(input.catalogSlug, input.requests);
  }

  @Query(() => [PlanFit], {
    description: "Which plans fit a customer's figures, response need and coverage need: the cheapest fitting plan first.",
  })
  recommendPlans(@Arg("input", () => PlanFitInput) input: PlanFitInput, @Ctx() ctx: Context): Promise<PlanFit[]> {
    return ctx.services.engine.recommendPlans(input.catalogSlug, input);
  }
}
