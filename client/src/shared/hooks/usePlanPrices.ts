import { useQuery } from "@apollo/client/react";
import { useMemo, useRef } from "react";
import type { PriceQuoteInput } from "../../__generated__/shared/graphql.js";
import type { PlanPriceFragment } from "../graphql/plan-price.fragment.js";
import { pricesDocument } from "./priced-plans-document.js";

export interface Figures {
  licensePrice: string | null;
  projectBudget: string | null;
  termYears: number;
  agents: number | null;
  bots: number | null;
  licenseEdition?: string | null;
  goLiveDate?: string | null;
}

export type PlanPrice = PlanPriceFragment;

interface PricedPlan {
  key: string;
  pricing: { kind: string };
}

/** Whether the figures given are enough to price the plan (a percent plan needs its base). */
function priceable(plan: PricedPlan, figures: Figures): boolean {
  if (plan.pricing.kind === "PERCENT_OF_LICENSE") return figures.licensePrice !== null;
  if (plan.pricing.kind === "PERCENT_OF_PROJECT_BUDGET") return figures.projectBudget !== null;
  return true;
}

/** Several priceQuote inputs in one request; `prices[i]` answers `inputs[i]` (null until it has). */
export function usePriceQuotes(inputs: PriceQuoteInput[]) {
  const document = useMemo(() => pricesDocument(Math.max(inputs.length, 1)), [inputs.length]);
  const variables = Object.fromEntries(inputs.map((input, i) => [`p${i}`, input]));
  const result = useQuery<Record<string, PlanPriceFragment | null>>(document, { variables, skip: inputs.length === 0, errorPolicy: "all" });
  const prices = inputs.map((_, i) => (result.data?.[`p${i}`] ?? null) as PlanPriceFragment | null);
  return { prices, loading: result.loading, error: result.error };
}

/**
 * Each plan priced by the server for the customer's figures, in one request; null for a
 * plan the figures cannot price yet. The client never computes a price itself.
 */
export function usePlanPrices(slug: string, plans: PricedPlan[], figures: Figures) {
  const priced = useMemo(() => plans.filter((p) => priceable(p, figures)), [plans, figures]);
  const inputs = useMemo(
    () =>
      priced.map((p) => ({
        catalogSlug: slug,
        planKey: p.key,
        licensePrice: figures.licensePrice,
        projectBudget: figures.projectBudget,
        termYears: figures.termYears,
        agents: figures.agents,
        bots: figures.bots,
        licenseEdition: figures.licenseEdition ?? null,
        goLiveDate: figures.goLiveDate ?? null,
      })),
    [slug, priced, figures],
  );
  const { prices, loading } = usePriceQuotes(inputs);
  // While new figures are priced, each plan keeps the price it last had, so the page does not jump.
  const last = useRef(new Map<string, PlanPrice>());
  if (!loading) {
    last.current = new Map();
    priced.forEach((p, i) => prices[i] && last.current.set(p.key, prices[i]));
  }
  const priceOf = (key: string): PlanPrice | null => {
    if (!priced.some((p) => p.key === key)) return null;
    return last.current.get(key) ?? null;
  };
  return { priceOf, loading };
}
