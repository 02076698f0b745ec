import type { QuoteFieldsFragment } from "../../graphql/quote-fields.fragment.js";
import { OptionTotals } from "./OptionTotals.js";

/** A quote that can no longer be edited, as it was stored: each option priced, the accepted one marked. */
export function SavedTotals({ quote }: { quote: Pick<QuoteFieldsFragment, "options" | "currency" | "acceptedOption"> }) {
  return (
    <section className="card" aria-labelledby="saved-heading">
      <h2 id="saved-heading">As stored</h2>
      <div className="columns">
        {quote.options.map((o, i) => (
          <OptionTotals key={i} option={o} currency={quote.currency} accepted={quote.acceptedOption === i} />
        ))}
      </div>
    </section>
  );
}
