import { useMutation } from "@apollo/client/react";
import type { QuoteInput } from "../../../__generated__/sales/graphql.js";
import { UpdateQuoteDocument } from "../graphql/update-quote.mutation.js";

/** Save a draft quote against the version it was read at (a stale version is a CONFLICT). */
export function useUpdateQuote() {
  const [mutate, { loading }] = useMutation(UpdateQuoteDocument);
  const updateQuote = async (id: string, lockVersion: number, input: QuoteInput) => (await mutate({ variables: { id, lockVersion, input } })).data!.updateQuote;
  return { updateQuote, updating: loading };
}
