import { day } from "../../../../shared/format.js";
import type { PreviewQuoteQuery } from "../../../../__generated__/sales/graphql.js";
import { OptionTotals } from "./OptionTotals.js";

type Preview = PreviewQuoteQuery["previewQuote"];

/**
 * The quote exactly as saving it would store it, priced by the server as the rep types: totals
 * with discounts and agreed prices, whether an admin must approve it and why, lines on request.
 */
export function PreviewPanel({ preview, loading, problem }: { preview: Preview | null; loading: boolean; problem: string | null }) {
  return (
    <section className="card preview" aria-labelledby="preview-heading" aria-busy={loading}>
      <h2 id="preview-heading">As it will be saved</h2>
      {problem && (
        <p className="field-error" role="alert">
          Not priced yet: {problem}
        </p>
      )}
      {!preview && !problem && <p role="status">{loading ? "Pricing…" : "Fill in the customer and a plan to see the totals."}</p>}
      {preview && !problem && (
        <>
          <p className="muted" role="status">
            {loading ? "Pricing…" : preview.listFigure.text}
          </p>
          <div className="columns">
            {preview.options.map((o, i) => (
              <OptionTotals key={i} option={o} currency={preview.currency} accepted={false} />
            ))}
          </div>
          {preview.guarantee && (
            <p>
              Free guarantee: {preview.guarantee.days} days
              {preview.guarantee.startsOn && `, ${day(preview.guarantee.startsOn)} – ${day(preview.guarantee.endsOn)}`}
            </p>
          )}
          {preview.approvalRequired && (
            <div className="banner">
              <strong>An admin will have to approve it:</strong>
              <ul>
                {preview.approvalReasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.onRequest.length > 0 && (
            <p className="banner">Still priced on request: {preview.onRequest.join(", ")}. Agree a price, or send it marked “price to be agreed”.</p>
          )}
          {preview.warnings.filter((w) => !/go-live/i.test(w)).map((w) => (
            <p key={w} className="banner small">
              {w}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
