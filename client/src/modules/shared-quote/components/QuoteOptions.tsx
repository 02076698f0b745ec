import { QuoteLines } from "../../../shared/components/QuoteLines.js";
import type { SharedQuoteFieldsFragment } from "../graphql/shared-quote-fields.fragment.js";

type Quote = SharedQuoteFieldsFragment;

/**
 * The options side by side, each with its lines and first-response targets. With alternatives
 * on an open quote the customer picks one (nothing is picked for them).
 */
export function QuoteOptions({ quote, choice, onChoose }: { quote: Quote; choice: number | null; onChoose: ((i: number) => void) | null }) {
  const alternatives = quote.options.length > 1;
  return (
    <fieldset className="options">
      <legend className={alternatives && onChoose ? undefined : "visually-hidden"}>{alternatives && onChoose ? "Choose one option" : "The offer"}</legend>
      <div className="columns">
        {quote.options.map((o, i) => {
          const chosen = quote.acceptedOption === i || (quote.acceptedOption === null && choice === i && alternatives);
          return (
            <article key={i} className={`card option${chosen ? " chosen" : ""}`}>
              <h2>
                {alternatives && onChoose ? (
                  <label>
                    <input type="radio" name="option" checked={choice === i} onChange={() => onChoose(i)} /> {o.label}: {o.planName}
                  </label>
                ) : (
                  <>{o.label ? `${o.label}: ${o.planName}` : o.planName}</>
                )}
              </h2>
              <QuoteLines lines={o.lines} total={o.total} currency={quote.currency} />
              {o.sla
                .filter((s) => s.targets.length > 0)
                .map((s) => (
                  <div key={s.planKey}>
                    <h3>{s.planName}: first response</h3>
                    {s.hours && <p className="muted small">Support hours: {s.hours}</p>}
                    <ul className="small">
                      {s.targets.map((t) => (
                        <li key={t.priorityLabel}>
                          {t.priorityLabel}: {t.target}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              {o.authorizedContacts !== null && <p className="muted small">Up to {o.authorizedContacts} authorized contacts.</p>}
            </article>
          );
        })}
      </div>
    </fieldset>
  );
}
