import { useMutation } from "@apollo/client/react";
import type { QuoteInput } from "../../../__generated__/sales/graphql.js";
import { useIdempotencyKey } from "../../../shared/hooks/useIdempotencyKey.js";
import { CreateQuoteDocument } from "../graphql/create-quote.mutation.js";
import { UpdateQuoteDocument } from "../graphql/update-quote.mutation.js";

/**
 * Saves the builder's input: a new draft, or the draft read at `lockVersion` (a stale version is
 * a CONFLICT). Resolves to the stored quote; throws the server's worded error. The approval
 * queue's count is read again, since a change can need (or drop) an approval. A new draft carries
 * one idempotency key per input, so a double click or a retried call makes one quote.
 */
export function useSaveQuote() {
  const [create, created] = useMutation(CreateQuoteDocument, { refetchQueries: ["ApprovalQueueCount"] });
  const [update, updated] = useMutation(UpdateQuoteDocument, { refetchQueries: ["ApprovalQueueCount"] });
  const creation = useIdempotencyKey();
  const createOnce = async (input: QuoteInput) => {
    const quote = (await create({ variables: { input, idempotencyKey: creation.keyFor(input) } })).data!.createQuote;
    creation.succeeded();
    return quote;
  };
  const saveQuote = async (input: QuoteInput, existing: { id: string; lockVersion: number } | null) =>
    existing ? (await update({ variables: { ...existing, input } })).data!.updateQuote : createOnce(input);
  return { saveQuote, saving: created.loading || updated.loading };
}
