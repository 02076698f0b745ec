import { day } from "../../../shared/format.js";
import type { SharedTimelineFragment } from "../graphql/shared-timeline.fragment.js";

function when(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `${day(startsOn)} to ${day(endsOn)} (last day included)`;
  return day(startsOn ?? endsOn) ?? "";
}

/** Go-live, guarantee, paid plan and validity as dated steps; response examples in the customer's zone; the rounding rule, once. */
export function SharedTimeline({ timeline }: { timeline: SharedTimelineFragment }) {
  return (
    <section className="card timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Your support timeline</h2>
      {timeline.steps.length > 0 ? (
        <ol className="steps">
          {timeline.steps.map((s) => (
            <li key={s.label}>
              <strong>{s.label}</strong>: {when(s.startsOn, s.endsOn)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">The dates follow from your go-live date, which this quote does not set yet.</p>
      )}
      {timeline.slaExamples.length > 0 && (
        <>
          <h3>How fast you get an answer</h3>
          <p className="muted small">{timeline.exampleNote}.</p>
          <ul>
            {timeline.slaExamples.map((e) => (
              <li key={e.priorityKey}>{e.text}.</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">{timeline.rounding}</p>
    </section>
  );
}
