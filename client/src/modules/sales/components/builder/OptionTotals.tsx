import { QuoteLines } from "../../../../shared/components/QuoteLines.js";
import type { OptionTotals_QuoteOptionFragment } from "../../graphql/quote-option.fragment.js";

/** One option as the server priced it: lines, discounts as negative lines, the total, and why it may not fit. */
export function OptionTotals({ option: o, currency, accepted }: { option: OptionTotals_QuoteOptionFragment; currency: string; accepted: boolean }) {
  const name = o.label && o.label !== o.planName ? `${o.label}: ${o.planName}` : o.planName;
  return (
    <article className={`card option${accepted ? " chosen" : ""}`} aria-label={`Priced ${o.label ?? o.planName}`}>
      <h3>
        {name}
        {accepted && <span className="badge"> accepted</span>}
      </h3>
      <QuoteLines lines={o.lines} total={o.total} currency={currency} />
      {o.discountPercent !== "0" && <p className="muted small">{o.discountPercent}% off the priced lines</p>}
      {!o.eligible && (
        <ul className="warning small">
          {o.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
