import { useMutation } from "@apollo/client/react";
import { SendQuoteDocument } from "../graphql/send-quote.mutation.js";

/** Send a draft quote; resolves to the sent quote and its new share link. */
export function useSendQuote() {
  const [mutate, { loading }] = useMutation(SendQuoteDocument);
  const sendQuote = async (id: string, lockVersion: number) => (await mutate({ variables: { id, lockVersion } })).data!.sendQuote;
  return { sendQuote, sending: loading };
}
