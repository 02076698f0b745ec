import { useMutation } from "@apollo/client/react";
import { SendQuoteDocument } from "../graphql/send-quote.mutation.js";

/** Send a draft quote (with `priceToBeAgreed`, lines still on request are sent as such); resolves to the sent quote and its new share link. */
export function useSendQuote() {
  const [mutate, { loading }] = useMutation(SendQuoteDocument);
  const sendQuote = async (id: string, lockVersion: number, priceToBeAgreed = false) =>
    (await mutate({ variables: { id, lockVersion, priceToBeAgreed } })).data!.sendQuote;
  return { sendQuote, sending: loading };
}
