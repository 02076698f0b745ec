import { useQuery } from "@apollo/client/react";
import { useRef } from "react";
import type { PlanPriceFragment } from "../graphql/plan-price.fragment.js";
import { PlanPricesDocument, type PlanPricesQuery } from "../graphql/plan-prices.query.js";

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

type PricedPlan = PlanPricesQuery["planPrices"][number];

/**
 * Every plan of the catalog priced by the server for the customer's figures, in one request
 * (`planPrices`): `priceOf` is null for a plan the figures cannot price yet, and `unpricedOf`
 * says, in the server's words, what it waits for. The client never computes a price itself.
 */
export function usePlanPrices(slug: string, figures: Figures) {
  const input = { catalogSlug: slug, ...figures, licenseEdition: figures.licenseEdition ?? null, goLiveDate: figures.goLiveDate ?? null };
  const { data, loading } = useQuery(PlanPricesDocument, { variables: { input }, errorPolicy: "all" });
  // While new figures are priced, each plan keeps the price it last had, so the page does not jump.
  const last = useRef(new Map<string, PricedPlan>());
  if (!loading) last.current = new Map((data?.planPrices ?? []).map((p) => [p.planKey, p]));
  return {
    priceOf: (key: string): PlanPrice | null => last.current.get(key)?.quote ?? null,
    unpricedOf: (key: string): string | null => last.current.get(key)?.unpricedReason ?? null,
    loading,
  };
}
