import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { POLLING } from "../../../shared/hooks/polling.js";
import { QuoteDocument } from "../graphql/quote.query.js";

/**
 * A saved quote (none for a new one). While it awaits an admin's decision it is read again every
 * 20 s, so the rep sees the approval or rejection without reloading; polling stops once decided.
 */
export function useQuote(id: string | null) {
  const [awaiting, setAwaiting] = useState(false);
  const query = useQuery(QuoteDocument, {
    variables: { id: id ?? "" },
    skip: id === null,
    ...POLLING,
    pollInterval: awaiting ? POLLING.pollInterval : 0,
  });
  const awaitingNow = query.data?.quote.approval.state === "REQUESTED";
  if (awaitingNow !== awaiting) setAwaiting(awaitingNow);
  return { quote: query.data?.quote ?? null, loading: query.loading, error: query.error };
}
