import { useMutation } from "@apollo/client/react";
import { useIdempotencyKey } from "../../../shared/hooks/useIdempotencyKey.js";
import { SendQuoteDocument } from "../graphql/send-quote.mutation.js";

/**
 * Send a draft quote (with `priceToBeAgreed`, lines still on request are sent as such); resolves
 * to the sent quote and its new share link. A retry of the same send (same draft version) carries
 * the same idempotency key, so it answers the first send instead of failing or sending twice.
 */
export function useSendQuote() {
  const [mutate, { loading }] = useMutation(SendQuoteDocument);
  const sending = useIdempotencyKey();
  const sendQuote = async (id: string, lockVersion: number, priceToBeAgreed = false) => {
    const idempotencyKey = sending.keyFor({ id, lockVersion, priceToBeAgreed });
    const sent = (await mutate({ variables: { id, lockVersion, priceToBeAgreed, idempotencyKey } })).data!.sendQuote;
    sending.succeeded();
    return sent;
  };
  return { sendQuote, sending: loading };
}
