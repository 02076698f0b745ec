import { useMutation } from "@apollo/client/react";
import { errorMessage } from "../../../shared/error-message.js";
import { AcceptQuoteDocument } from "../graphql/accept-quote.mutation.js";

/** Accept a shared quote by name, for the option chosen; failures come back worded, not thrown. */
export function useAcceptQuote(token: string) {
  const [mutate, { loading, error }] = useMutation(AcceptQuoteDocument);
  const accept = (name: string, option: number, acknowledged: boolean) =>
    mutate({ variables: { token, name, option, acknowledged } }).catch(() => undefined);
  return { accept, accepting: loading, error: errorMessage(error) };
}
