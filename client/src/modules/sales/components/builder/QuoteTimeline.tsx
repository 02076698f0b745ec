import { useState } from "react";
import { ErrorAlert } from "../../../../shared/components/ErrorAlert.js";
import { Field } from "../../../../shared/components/Field.js";
import { day } from "../../../../shared/format.js";
import type { QuoteTimeline_QuoteFragment } from "../../graphql/quote-timeline.fragment.js";
import { useAction } from "../../hooks/useAction.js";
import { useExtendValidity } from "../../hooks/useExtendValidity.js";

function span(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `${day(startsOn)} – ${day(endsOn)}`;
  return day(startsOn ?? endsOn) ?? "not dated yet";
}

/**
 * The saved quote's timeline as the server dates it: go-live, the free guarantee to its last day,
 * the paid plan's term, the validity; SLA examples in the customer's zone; the rounding rule once.
 * A sent or expired quote's validity can be extended (audited by the server).
 */
export function QuoteTimeline({ quote }: { quote: QuoteTimeline_QuoteFragment }) {
  const t = quote.timeline;
  const [until, setUntil] = useState(quote.validUntil ?? "");
  const { run, failure } = useAction();
  const { extendValidity, extending } = useExtendValidity();
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline ({quote.timeZone})</h2>
      <ol className="timeline">
        {t.steps.map((s) => (
          <li key={s.label}>
            <strong>{s.label}</strong>: {span(s.startsOn, s.endsOn)}
          </li>
        ))}
      </ol>
      {t.slaExamples.length > 0 && (
        <>
          <h3>Response times, by example</h3>
          <p className="muted small">{t.exampleNote}</p>
          <ul>
            {t.slaExamples.map((e) => (
              <li key={e.priorityKey}>{e.text}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">{t.rounding}</p>
      {(quote.status === "SENT" || quote.status === "EXPIRED") && (
        <form
          className="actions"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => extendValidity(quote.id, quote.lockVersion, until));
          }}
        >
          <Field label="New last valid day" hint="Extending validity needs no revision; it is recorded in the audit log.">
            <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} required />
          </Field>
          <button type="submit" className="secondary" disabled={extending}>
            Extend validity
          </button>
          <ErrorAlert message={failure} />
        </form>
      )}
    </section>
  );
}
