import { Money } from "../../../shared/components/Money.js";
import type { PlanPrice } from "../../../shared/hooks/usePlanPrices.js";
import type { PriceCell_PlanFragment } from "../graphql/price-cell.fragment.js";

/**
 * A plan's price as the server priced it for the visitor's figures. It keeps its height while
 * prices load (the old figure stays, dimmed), so nothing below it jumps.
 */
export function PriceCell(props: { plan: PriceCell_PlanFragment; price: PlanPrice | null; unpriced?: string | null; currency: string; loading: boolean }) {
  const { plan, price, loading } = props;
  return (
    <div className={`price-cell${loading ? " loading" : ""}`}>
      <PriceText {...props} />
      {price && !price.eligible && (
        <ul className="warning small" aria-label={`${plan.name} does not fit`}>
          {price.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `unpriced`: what the server says the plan waits for before it can be priced ("Enter your license price"). */
function PriceText({ plan, price, unpriced, currency }: { plan: PriceCell_PlanFragment; price: PlanPrice | null; unpriced?: string | null; currency: string }) {
  const summary = plan.pricing.note ?? plan.pricing.summary;
  const kind = plan.pricing.kind;
  if (kind === "CREDIT_PACKS") {
    return (
      <>
        <div className="price">Prepaid credits</div>
        <div className="muted small">Packs of {plan.pricing.packs.map((p) => p.credits).join(", ")} credits</div>
        {plan.pricing.note && <div className="muted small">{plan.pricing.note}</div>}
      </>
    );
  }
  if (kind === "QUOTE_BASED" || plan.pricedOnRequest || (price && price.total === null)) {
    return (
      <>
        <div className="price">Price on request</div>
        {plan.pricing.note && <div className="muted small">{plan.pricing.note}</div>}
        {plan.pricing.editorNote && <div className="editor-note small">Tierwise: {plan.pricing.editorNote}</div>}
      </>
    );
  }
  if (!price) {
    return (
      <>
        <div className="price">{summary}</div>
        {unpriced && <div className="muted small">{unpriced}</div>}
      </>
    );
  }
  return (
    <>
      <div className="price">{kind === "INCLUDED" ? (plan.pricing.note ?? "Included") : <Money amount={price.total} currency={currency} />}</div>
      {kind.startsWith("PERCENT") && <div className="muted small">{plan.pricing.summary}</div>}
    </>
  );
}
