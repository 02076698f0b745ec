import { useMutation } from "@apollo/client/react";
import { errorMessage } from "../../../shared/error-message.js";
import { DeclineQuoteDocument } from "../graphql/decline-quote.mutation.js";

/** Decline a shared quote, with an optional name and reason; failures come back worded, not thrown. */
export function useDeclineQuote(token: string) {
  const [mutate, { loading, error }] = useMutation(DeclineQuoteDocument);
  const decline = (name: string | null, reason: string | null) => mutate({ variables: { token, name, reason } }).catch(() => undefined);
  return { decline, declining: loading, error: errorMessage(error) };
}
