import { useMutation } from "@apollo/client/react";
import { errorField, errorMessage } from "../../../shared/error-message.js";
import { AcceptQuoteDocument } from "../graphql/accept-quote.mutation.js";

export interface Acceptance {
  name: string;
  option: number | null;
  acknowledged: boolean;
  contacts: { name: string; email: string }[];
}

/** Accept a shared quote; failures come back worded, with the field they are about (not thrown). */
export function useAcceptQuote(token: string) {
  const [mutate, { loading, error }] = useMutation(AcceptQuoteDocument);
  const accept = (a: Acceptance) => mutate({ variables: { token, ...a } }).catch(() => undefined);
  const field = errorField(error);
  return { accept, accepting: loading, error: errorMessage(error), errorField: field?.startsWith("contacts") ? "contacts" : field };
}
