import { gql, type DocumentNode } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";

export interface Figures {
  licensePrice: string | null;
  projectBudget: string | null;
  termYears: number;
  agents: number | null;
  bots: number | null;
  licenseEdition?: string | null;
}

export interface PlanPrice {
  total: string | null;
  eligible: boolean;
  reasons: string[];
  guarantee: { days: number } | null;
}

interface PricedPlan {
  key: string;
  pricing: { kind: string };
}

/** One query for every plan that can be priced with the figures given, each under an alias. */
function pricesQuery(count: number): DocumentNode {
  const vars = Array.from({ length: count }, (_, i) => `$k${i}: String!`).join(", ");
  const fields = Array.from(
    { length: count },
    (_, i) => `p${i}: priceQuote(input: { catalogSlug: $slug, planKey: $k${i}, licensePrice: $lp, projectBudget: $pb, termYears: $t, agents: $a, bots: $b, licenseEdition: $e }) {
      total eligible reasons guarantee { days }
    }`,
  ).join("\n");
  return gql(`query PlanPrices($slug: String!, $lp: Decimal, $pb: Decimal, $t: Int, $a: Int, $b: Int, $e: String, ${vars}) { ${fields} }`);
}

/** Whether the figures given are enough to price the plan (a percent plan needs its base). */
function priceable(plan: PricedPlan, figures: Figures): boolean {
  if (plan.pricing.kind === "PERCENT_OF_LICENSE") return figures.licensePrice !== null;
  if (plan.pricing.kind === "PERCENT_OF_PROJECT_BUDGET") return figures.projectBudget !== null;
  return true;
}

/**
 * Each plan priced by the server for the customer's figures, in one request; null for a
 * plan the figures cannot price yet. The client never computes a price itself.
 */
export function usePlanPrices(slug: string, plans: PricedPlan[], figures: Figures) {
  const priced = useMemo(() => plans.filter((p) => priceable(p, figures)), [plans, figures]);
  const document = useMemo(() => pricesQuery(Math.max(priced.length, 1)), [priced.length]);
  const variables: Record<string, unknown> = {
    slug,
    lp: figures.licensePrice,
    pb: figures.projectBudget,
    t: figures.termYears,
    a: figures.agents,
    b: figures.bots,
    e: figures.licenseEdition ?? null,
  };
  priced.forEach((p, i) => (variables[`k${i}`] = p.key));
  const result = useQuery<Record<string, PlanPrice | null>>(document, { variables, skip: priced.length === 0, errorPolicy: "all" });
  const priceOf = (key: string): PlanPrice | null => {
    const i = priced.findIndex((p) => p.key === key);
    return i < 0 ? null : (result.data?.[`p${i}`] ?? null);
  };
  return { priceOf, loading: result.loading };
}
