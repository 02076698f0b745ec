import { useMutation } from "@apollo/client/react";
import { ReviseQuoteDocument } from "../graphql/revise-quote.mutation.js";

/** Make the next revision of a sent quote, as a new draft. */
export function useReviseQuote() {
  const [mutate, { loading }] = useMutation(ReviseQuoteDocument);
  const reviseQuote = async (id: string) => (await mutate({ variables: { id } })).data!.reviseQuote;
  return { reviseQuote, revising: loading };
}
