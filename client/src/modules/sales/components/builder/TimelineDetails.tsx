import { day } from "../../../../shared/format.js";
import type { TimelineDetails_QuoteTimelineFragment } from "../../graphql/timeline-details.fragment.js";

function span(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `${day(startsOn)} – ${day(endsOn)}`;
  return day(startsOn ?? endsOn) ?? "not dated yet";
}

/**
 * A quote's timeline as the server dates it: go-live, the free guarantee to its last day, the
 * paid plan's term, the validity; SLA examples in the customer's zone; the rounding rule once.
 */
export function TimelineDetails({
  timeline,
  examplesHeading = "Response times, by example",
  withRounding = true,
}: {
  timeline: TimelineDetails_QuoteTimelineFragment;
  examplesHeading?: string;
  withRounding?: boolean;
}) {
  return (
    <>
      <ol className="timeline">
        {timeline.steps.map((s) => (
          <li key={s.label}>
            <strong>{s.label}</strong>: {span(s.startsOn, s.endsOn)}
          </li>
        ))}
      </ol>
      {timeline.slaExamples.length > 0 && (
        <>
          <h3>{examplesHeading}</h3>
          <p className="muted small">{timeline.exampleNote}</p>
          <ul>
            {timeline.slaExamples.map((e) => (
              <li key={e.priorityKey}>{e.text}</li>
            ))}
          </ul>
        </>
      )}
      {withRounding && <p className="muted small">{timeline.rounding}</p>}
    </>
  );
}
