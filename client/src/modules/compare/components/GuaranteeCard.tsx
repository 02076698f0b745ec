import { day } from "../../../shared/format.js";
import type { PlanPrice } from "../../../shared/hooks/usePlanPrices.js";
import type { GuaranteeCard_CatalogFragment } from "../graphql/lazy/guarantee-card.fragment.js";

/**
 * The free post-project guarantee by budget band, with the visitor's band marked and, given a
 * go-live date, the guarantee's days and when the paid support starts and ends (as the server dates them).
 */
export function GuaranteeCard({ catalog, price }: { catalog: GuaranteeCard_CatalogFragment; price: PlanPrice | null }) {
  const days = price?.guarantee?.days ?? null;
  const guarantee = price?.guarantee;
  const period = price?.supportPeriod;
  if (catalog.guaranteeBands.length === 0) return null;
  return (
    <section className="card" aria-labelledby="guarantee">
      <h2 id="guarantee">Free post-project guarantee</h2>
      {catalog.guaranteeNote && <p className="muted">{catalog.guaranteeNote}</p>}
      <ul>
        {catalog.guaranteeBands.map((b) => (
          <li key={b.days} className={days === b.days ? "highlight" : undefined}>
            {b.label}: {b.days} days
          </li>
        ))}
      </ul>
      <p role="status">{days !== null ? `Your budget gets ${days} days of free guarantee.` : ""}</p>
      {guarantee?.startsOn && guarantee.endsOn && (
        <p>
          Guarantee from {day(guarantee.startsOn)} to {day(guarantee.endsOn)}
          {period ? `; paid support from ${day(period.startsOn)} to ${day(period.endsOn)}.` : "."}
        </p>
      )}
    </section>
  );
}
