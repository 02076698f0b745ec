import { day } from "../../../../shared/format.js";
import type { PreviewQuoteQuery } from "../../../../__generated__/sales/graphql.js";
import { OptionTotals } from "./OptionTotals.js";
import { TimelineDetails } from "./TimelineDetails.js";

type Preview = PreviewQuoteQuery["previewQuote"];

/**
 * The quote exactly as saving it would store it, priced by the server as the rep types: totals
 * with discounts and agreed prices, the timeline and SLA examples, whether an admin must approve
 * it and why, lines on request.
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
          <PreviewTimeline preview={preview} />
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

/** The timeline saving would give: dated steps once (they do not depend on the option), SLA examples per option's plan. */
function PreviewTimeline({ preview }: { preview: Preview }) {
  const [first, ...others] = preview.options;
  if (!first?.timeline) return null;
  const name = (o: Preview["options"][number]) => o.label ?? o.planName;
  return (
    <div className="preview-timeline">
      <h3>Timeline ({preview.timeZone})</h3>
      <TimelineDetails timeline={first.timeline} examplesHeading={others.length ? `Response times, by example: ${name(first)}` : undefined} withRounding={false} />
      {others.map(
        (o) =>
          o.timeline &&
          o.timeline.slaExamples.length > 0 && (
            <div key={o.planKey + name(o)}>
              <h3>Response times, by example: {name(o)}</h3>
              <ul>
                {o.timeline.slaExamples.map((e) => (
                  <li key={e.priorityKey}>{e.text}</li>
                ))}
              </ul>
            </div>
          ),
      )}
      <p className="muted small">{first.timeline.rounding}</p>
    </div>
  );
}
