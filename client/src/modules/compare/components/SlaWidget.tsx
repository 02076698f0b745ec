import { useState } from "react";
import type { SlaWidget_CatalogFragment } from "../graphql/lazy/sla-widget.fragment.js";
import { useSlaDue } from "../hooks/useSlaDue.js";
import { formatInZone } from "../lib/zone-time.js";
import { offsetMinutes } from "../lib/zones.js";

type Plan = SlaWidget_CatalogFragment["plans"][number];

/** "When would they answer?": each plan's first-response due time for a ticket sent now (or at a time picked), in the visitor's zone. */
export function SlaWidget({ catalog, zone, now }: { catalog: SlaWidget_CatalogFragment; zone: string; now: Date }) {
  const [priority, setPriority] = useState(catalog.priorities[0]?.key ?? "");
  const [at, setAt] = useState("");
  const plans = catalog.plans.filter((p) => p.slaTargets.length > 0);
  if (plans.length === 0 || catalog.priorities.length === 0) return null;
  const submittedAt = at ? localToIso(at, zone) : now.toISOString();
  const definition = catalog.priorities.find((p) => p.key === priority)?.definition;
  return (
    <section className="card" aria-labelledby="sla-heading">
      <h2 id="sla-heading">When would they answer?</h2>
      <div className="figures inset">
        <label>
          Priority
          <select value={priority} onChange={(e) => setPriority(e.target.value)}>
            {catalog.priorities.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Ticket sent ({zone})
          <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} aria-describedby="sla-now" />
        </label>
        <span id="sla-now" className="muted small">
          {at ? "" : "Empty: sent now."}
        </span>
      </div>
      {definition && <p className="muted small">{definition}</p>}
      <ul className="sla-list" aria-live="polite">
        {plans.map((p) => (
          <SlaLine key={p.key} slug={catalog.slug} plan={p} priorityKey={priority} submittedAt={submittedAt} zone={zone} />
        ))}
      </ul>
    </section>
  );
}

function SlaLine({ slug, plan, priorityKey, submittedAt, zone }: { slug: string; plan: Plan; priorityKey: string; submittedAt: string; zone: string }) {
  const target = plan.slaTargets.find((t) => t.priorityKey === priorityKey);
  const offered = plan.calendar?.zones ?? [];
  // The hours are counted in the visitor's zone when the plan offers it; else in the plan's own zone.
  const timeZone = offered.includes(zone) || (plan.calendar?.alwaysOpen && offsetMinutes(zone) === null) ? zone : null;
  const { due, loading, failed } = useSlaDue(target ? { catalogSlug: slug, planKey: plan.key, priorityKey, submittedAt, timeZone } : null);
  return (
    <li data-plan={plan.key}>
      <strong>{plan.name}</strong>:{" "}
      {!target ? (
        <span className="muted">no first-response target for this priority</span>
      ) : failed ? (
        <span role="alert">the due time could not be worked out; please try again.</span>
      ) : due ? (
        <>
          first response by <time dateTime={due.dueAt}>{formatInZone(due.dueAt, zone)}</time>{" "}
          <span className="muted">
            ({due.target}
            {due.businessHours ? `, counted in support hours, ${due.timeZone}` : ""})
          </span>
        </>
      ) : (
        <span className="muted">{loading ? "working it out…" : target.text}</span>
      )}
    </li>
  );
}

/** A `datetime-local` value read in the visitor's zone, as an instant. */
function localToIso(local: string, zone: string): string {
  const offset = offsetMinutes(zone);
  const asUtc = Date.parse(`${local}:00Z`);
  if (Number.isNaN(asUtc)) return new Date().toISOString();
  if (offset !== null) return new Date(asUtc - offset * 60_000).toISOString();
  // For a named zone: the zone's offset at that moment, read back from Intl.
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(new Date(asUtc));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const shown = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return new Date(asUtc - (shown - asUtc)).toISOString();
}
