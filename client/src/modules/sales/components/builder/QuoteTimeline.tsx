import { useState } from "react";
import { ErrorAlert } from "../../../../shared/components/ErrorAlert.js";
import { Field } from "../../../../shared/components/Field.js";
import type { QuoteTimeline_QuoteFragment } from "../../graphql/quote-timeline.fragment.js";
import { useAction } from "../../hooks/useAction.js";
import { useExtendValidity } from "../../hooks/useExtendValidity.js";
import { TimelineDetails } from "./TimelineDetails.js";

/** The saved quote's timeline; a sent or expired quote's validity can be extended (audited by the server). */
export function QuoteTimeline({ quote }: { quote: QuoteTimeline_QuoteFragment }) {
  const [until, setUntil] = useState(quote.validUntil ?? "");
  const { run, failure } = useAction();
  const { extendValidity, extending } = useExtendValidity();
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline ({quote.timeZone})</h2>
      <TimelineDetails timeline={quote.timeline} />
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
