import type { GuaranteeCard_CatalogFragment } from "../graphql/guarantee-card.fragment.js";

/** The free post-project guarantee by budget band, with the visitor's band marked. */
export function GuaranteeCard({ catalog, days }: { catalog: GuaranteeCard_CatalogFragment; days: number | null }) {
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
    </section>
  );
}
