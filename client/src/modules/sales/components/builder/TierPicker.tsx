import { decimalInput, money } from "../../../../shared/format.js";
import { usePlanPrices } from "../../../../shared/hooks/usePlanPrices.js";
import { MAX_OPTIONS, type CatalogChoice, type QuoteForm } from "../../lib/quote-form.js";

/**
 * The catalog's tiers priced by the server for this customer's figures: choose one, or offer
 * several as alternatives (a tier already offered says so instead of being offered twice).
 */
export function TierPicker(props: { catalog: CatalogChoice; form: QuoteForm; onChoose: (planKey: string) => void; onAddAlternative: (planKey: string) => void }) {
  const { catalog, form } = props;
  const count = (v: string) => (/^\d{1,6}$/.test(v.trim()) ? Number(v.trim()) : null);
  const figures = {
    licensePrice: decimalInput(form.licensePrice),
    projectBudget: decimalInput(form.projectBudget),
    termYears: Math.min(10, Math.max(1, count(form.termYears) ?? 1)),
    agents: count(form.agents),
    bots: count(form.bots),
    licenseEdition: form.licenseEdition || null,
  };
  const tiers = catalog.plans.filter((p) => p.isTier);
  const prices = usePlanPrices(catalog.slug, figures);
  const offered = new Set(form.options.map((o) => o.planKey));
  const single = form.options.length === 1;
  // The one chosen tier can still become the first alternative (it is labelled, not doubled).
  const canOffer = (key: string) => (offered.has(key) ? single && !form.options[0].label.trim() : form.options.length < MAX_OPTIONS);
  return (
    <section className="card" aria-labelledby="tiers-heading">
      <h2 id="tiers-heading">Tiers for this customer</h2>
      <div className="tiers">
        {tiers.map((plan) => {
          const price = prices.priceOf(plan.key);
          const isOffered = offered.has(plan.key);
          return (
            <div key={plan.key} className={`tier${isOffered ? " chosen" : ""}`} data-plan={plan.key}>
              <strong>{plan.name}</strong>
              <div className="price">{price ? (money(price.total, catalog.currency) ?? "Price on request") : prices.loading ? "…" : plan.pricing.summary}</div>
              {price && !price.eligible && (
                <ul className="warning small">
                  {price.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
              <div className="actions">
                {single && !isOffered && (
                  <button type="button" className="secondary small" onClick={() => props.onChoose(plan.key)} aria-label={`Choose ${plan.name}`}>
                    Choose
                  </button>
                )}
                {isOffered && <span className="muted small">{single ? "Chosen" : "Offered"}</span>}
                {canOffer(plan.key) && (
                  <button type="button" className="secondary small" onClick={() => props.onAddAlternative(plan.key)} aria-label={`Offer ${plan.name} as an alternative`}>
                    + alternative
                  </button>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}
