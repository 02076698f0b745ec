import { ErrorAlert } from "../../../../shared/components/ErrorAlert.js";
import { navigate } from "../../../../shared/router.js";
import type { QuoteActions_QuoteFragment } from "../../graphql/quote-actions.fragment.js";
import { useAction } from "../../hooks/useAction.js";
import { useReviseQuote } from "../../hooks/useReviseQuote.js";
import { useSendQuote } from "../../hooks/useSendQuote.js";

/**
 * What the signed-in user may do with the saved quote now (QuoteAction from the server), and
 * why it cannot be sent yet, in words.
 */
export function QuoteActions({ quote, blocked, onSent }: { quote: QuoteActions_QuoteFragment; blocked: string | null; onSent: (url: string) => void }) {
  const { run, failure } = useAction();
  const { sendQuote, sending } = useSendQuote();
  const { reviseQuote, revising } = useReviseQuote();
  const may = (action: string) => quote.allowedActions.includes(action as never);
  const busy = sending || revising || blocked !== null;
  const send = (priceToBeAgreed: boolean) =>
    void run(async () => {
      const sent = await sendQuote(quote.id, quote.lockVersion, priceToBeAgreed);
      onSent(sent.link.url);
    });
  return (
    <section className="quote-actions" aria-label="Quote actions">
      {quote.status === "DRAFT" && quote.sendBlockers.length > 0 && (
        <div className="banner">
          <strong>Why it cannot be sent yet:</strong>
          <ul>
            {quote.sendBlockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      {quote.priceToBeAgreed && <p className="muted">Sent with lines marked “price to be agreed”.</p>}
      {blocked && quote.status === "DRAFT" && <p className="muted small">{blocked}</p>}
      <div className="actions">
        <a className="button secondary" href={quote.pdfUrl} target="_blank" rel="noreferrer">
          PDF
        </a>
        {may("SEND") && (
          <button type="button" disabled={busy || !quote.canSend} onClick={() => send(false)}>
            Send
          </button>
        )}
        {may("SEND_PRICE_TO_BE_AGREED") && (
          <button type="button" className="secondary" disabled={busy} onClick={() => send(true)}>
            Send marked “price to be agreed”
          </button>
        )}
        {may("REVISE") && (
          <button
            type="button"
            disabled={revising}
            onClick={() =>
              void run(async () => {
                const revised = await reviseQuote(quote.id);
                navigate(`/quotes/${revised.id}`);
              })
            }
          >
            Revise
          </button>
        )}
      </div>
      <ErrorAlert message={failure} />
    </section>
  );
}
