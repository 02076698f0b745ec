import { useMutation } from "@apollo/client/react";
import type { QuoteInput } from "../../../__generated__/sales/graphql.js";
import { CreateQuoteDocument } from "../graphql/create-quote.mutation.js";

/** Create a draft quote; resolves to the stored quote, throws the server's worded error. */
export function useCreateQuote() {
  const [mutate, { loading }] = useMutation(CreateQuoteDocument);
  const createQuote = async (input: QuoteInput) => (await mutate({ variables: { input } })).data!.createQuote;
  return { createQuote, creating: loading };
}
