import { useQuery } from "@apollo/client/react";
import type { CreditRequestInput } from "../../../__generated__/compare/graphql.js";
import { errorMessage } from "../../../shared/error-message.js";
import { EstimateCreditsDocument } from "../graphql/lazy/estimate-credits.query.js";

/** The credits and packs the requests need, as the server estimates them; nothing is asked until there is a request. */
export function useCreditEstimate(catalogSlug: string, requests: CreditRequestInput[]) {
  const { data, previousData, loading, error } = useQuery(EstimateCreditsDocument, {
    variables: { input: { catalogSlug, requests } },
    skip: requests.length === 0,
  });
  return { estimate: (data ?? previousData)?.estimateCredits ?? null, loading, error: errorMessage(error) };
}
