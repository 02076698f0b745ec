import { useMutation } from "@apollo/client/react";
import type { QuoteRequestInput } from "../../../__generated__/compare/graphql.js";
import { useIdempotencyKey } from "../../../shared/hooks/useIdempotencyKey.js";
import { RequestQuoteDocument } from "../graphql/lazy/request-quote.mutation.js";
import { publicFormProblem } from "../lib/public-form-problem.js";

/**
 * Ask for a quote from the public page. One idempotency key per filled-in form, so a retry after a
 * lost answer gets the first receipt instead of making a second request; a corrected form is a new request.
 */
export function useRequestQuote() {
  const intent = useIdempotencyKey();
  const [mutate, { data, loading, error }] = useMutation(RequestQuoteDocument);
  const requestQuote = (input: Omit<QuoteRequestInput, "idempotencyKey">) =>
    mutate({ variables: { input: { ...input, idempotencyKey: intent.keyFor(input) } } })
      .then((result) => (intent.succeeded(), result))
      .catch(() => undefined);
  return { requestQuote, sending: loading, reference: data?.requestQuote.reference ?? null, ...publicFormProblem(error) };
}
