import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import type { QuoteInput } from "../../../__generated__/sales/graphql.js";
import { errorField, errorMessage } from "../../../shared/error-message.js";
import { useDebounced } from "../../../shared/hooks/useDebounced.js";
import { PreviewQuoteDocument } from "../graphql/preview-quote.query.js";

/** How long the rep's typing must pause before the server prices the whole input again. */
export const PREVIEW_DELAY_MS = 350;

/**
 * The quote as saving it would store it (lines, discounts, agreed prices, totals, approval), priced
 * by the server from the whole input once typing pauses. The last good preview stays shown while
 * the next one loads; a refusal comes back in the server's words. Not asked while `enabled` is false
 * (a value typed that the API could not read).
 */
export function useQuotePreview(input: QuoteInput, quoteId: string | null, enabled: boolean) {
  // Debounced as text: a new input object each render must not restart the wait.
  const key = useDebounced(JSON.stringify({ input, quoteId }), PREVIEW_DELAY_MS);
  const variables = useMemo(() => JSON.parse(key) as { input: QuoteInput; quoteId: string | null }, [key]);
  const { data, previousData, loading, error } = useQuery(PreviewQuoteDocument, { variables, skip: !enabled, fetchPolicy: "network-only" });
  const last = (data ?? previousData)?.previewQuote ?? null;
  // `last` still names the lines (discount targets) while the input cannot be priced.
  return { preview: error || !enabled ? null : last, last, loading, problem: errorMessage(error), problemField: errorField(error) };
}
