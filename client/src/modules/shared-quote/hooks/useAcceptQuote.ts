import { useMutation } from "@apollo/client/react";
import { errorField, errorMessage } from "../../../shared/error-message.js";
import { useIdempotencyKey } from "../../../shared/hooks/useIdempotencyKey.js";
import { AcceptQuoteDocument } from "../graphql/accept-quote.mutation.js";

export interface Acceptance {
  name: string;
  option: number | null;
  acknowledged: boolean;
  contacts: { name: string; email: string }[];
}

/**
 * Accept a shared quote; failures come back worded, with the field they are about (not thrown).
 * The same acceptance retried carries the same idempotency key, so it is recorded once.
 */
export function useAcceptQuote(token: string) {
  const [mutate, { loading, error }] = useMutation(AcceptQuoteDocument);
  const acceptance = useIdempotencyKey();
  const accept = (a: Acceptance) =>
    mutate({ variables: { token, ...a, idempotencyKey: acceptance.keyFor({ token, ...a }) } })
      .then((result) => (acceptance.succeeded(), result))
      .catch(() => undefined);
  const field = errorField(error);
  return { accept, accepting: loading, error: errorMessage(error), errorField: field?.startsWith("contacts") ? "contacts" : field };
}
