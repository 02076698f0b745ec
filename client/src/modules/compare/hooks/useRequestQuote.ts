import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { QuoteRequestInput } from "../../../__generated__/compare/graphql.js";
import { RequestQuoteDocument } from "../graphql/request-quote.mutation.js";
import { newIdempotencyKey, publicFormProblem } from "../lib/public-form-problem.js";

/**
 * Ask for a quote from the public page. One idempotency key per form, so a retry after a lost
 * answer gets the first receipt instead of making a second request.
 */
export function useRequestQuote() {
  const [key] = useState(newIdempotencyKey);
  const [mutate, { data, loading, error }] = useMutation(RequestQuoteDocument);
  const requestQuote = (input: Omit<QuoteRequestInput, "idempotencyKey">) => mutate({ variables: { input: { ...input, idempotencyKey: key } } }).catch(() => undefined);
  return { requestQuote, sending: loading, reference: data?.requestQuote.reference ?? null, ...publicFormProblem(error) };
}
