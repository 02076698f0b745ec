import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { QuoteRequestInput } from "../../../__generated__/compare/graphql.js";
import { errorCode, errorField, errorMessage } from "../../../shared/error-message.js";
import { RequestQuoteDocument } from "../graphql/request-quote.mutation.js";

/**
 * Ask for a quote from the public page. One idempotency key per form, so a retry after a lost
 * answer gets the first receipt instead of making a second request.
 */
export function useRequestQuote() {
  const [key] = useState(() => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`));
  const [mutate, { data, loading, error }] = useMutation(RequestQuoteDocument);
  const requestQuote = (input: Omit<QuoteRequestInput, "idempotencyKey">) => mutate({ variables: { input: { ...input, idempotencyKey: key } } }).catch(() => undefined);
  const code = errorCode(error);
  const problem = !error
    ? null
    : code === "TOO_MANY_REQUESTS"
      ? "Too many requests from here just now. Please try again in a while."
      : code === "BAD_USER_INPUT"
        ? errorMessage(error)
        : "The request could not be sent. Please try again.";
  return { requestQuote, sending: loading, reference: data?.requestQuote.reference ?? null, problem, problemField: code === "BAD_USER_INPUT" ? errorField(error) : null };
}
