import { useQuery } from "@apollo/client/react";
import type { PlanFitInput } from "../../../__generated__/compare/graphql.js";
import { errorMessage } from "../../../shared/error-message.js";
import { RecommendPlansDocument } from "../graphql/lazy/recommend-plans.query.js";

/** The plans ranked for the visitor's figures and needs by the server: fitting ones first, cheapest first. */
export function useRecommendPlans(input: PlanFitInput | null) {
  const { data, loading, error } = useQuery(RecommendPlansDocument, { variables: { input: input! }, skip: input === null });
  return { fits: data?.recommendPlans ?? null, loading, error: errorMessage(error) };
}
