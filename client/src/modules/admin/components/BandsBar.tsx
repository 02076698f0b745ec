import type { GuaranteeBandInput } from "../../../__generated__/admin/graphql.js";
import { barSegments } from "../forms/band-form.js";

/** The bands as a bar over the budgets from 0: a gap or an overlap the server found shows in red. */
export function BandsBar({ bands, flagged, currency }: { bands: GuaranteeBandInput[]; flagged: Set<number>; currency: string }) {
  const { segments, scaleMax } = barSegments(bands, flagged);
  return (
    <figure className="bands-bar">
      <div className="bar" aria-hidden="true">
        {segments.map((s, i) => (
          <span key={i} className={`segment ${s.kind}`} style={{ left: `${s.left}%`, width: `${s.width}%` }}>
            {s.text}
          </span>
        ))}
      </div>
      <figcaption className="muted small">
        Project budget from 0 to {Math.round(scaleMax).toLocaleString("en-US")} {currency}
        {flagged.size > 0 ? "; red: budgets in no band, or in two" : "; every budget falls in one band"}
      </figcaption>
    </figure>
  );
}
