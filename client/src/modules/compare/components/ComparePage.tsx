import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { money } from "../../../shared/format.js";
import { useMediaQuery } from "../../../shared/hooks/useMediaQuery.js";
import { usePlanPrices } from "../../../shared/hooks/usePlanPrices.js";
import { Link } from "../../../shared/router.js";
import { CompareCatalogDocument } from "../graphql/compare-catalog.query.js";
import { useFigures } from "../hooks/useFigures.js";
import { figuresUsed } from "../lib/figures-used.js";
import { comparisonRows, differs, offeredZones } from "../lib/rows.js";
import { visitorZone } from "../lib/zones.js";
import { ComparisonTable } from "./ComparisonTable.js";
import { CreditCategories } from "./CreditCategories.js";
import { FiguresForm } from "./FiguresForm.js";
import { GuaranteeCard } from "./GuaranteeCard.js";
import { PlanCards } from "./PlanCards.js";
import { PlanNotes } from "./PlanNotes.js";
import { PriceCell } from "./PriceCell.js";
import { PriceChart } from "./PriceChart.js";
import { SlaWidget } from "./SlaWidget.js";
import "../compare.css";

type Catalog = NonNullable<import("../graphql/compare-catalog.query.js").CompareCatalogQuery["catalog"]>;

/** The public comparison of one catalog: plans side by side, priced for the visitor's figures. */
export function ComparePage({ slug }: { slug: string }) {
  const { data, loading, error } = useQuery(CompareCatalogDocument, { variables: { slug } });
  if (loading) return <ComparePlaceholder />;
  if (error) return <p role="alert">The plans could not be loaded. Please try again.</p>;
  if (!data?.catalog) {
    return (
      <section>
        <h1>No such catalog</h1>
        <p>
          <Link href="/">See all support plans</Link>
        </p>
      </section>
    );
  }
  return <Comparison catalog={data.catalog} />;
}

/** The page's shape while the catalog loads, so nothing jumps when it arrives. */
function ComparePlaceholder() {
  return (
    <section aria-busy="true">
      <p role="status" className="muted">
        Loading the plans…
      </p>
      <div className="placeholder" />
    </section>
  );
}

function Comparison({ catalog }: { catalog: Catalog }) {
  const uses = useMemo(() => figuresUsed(catalog), [catalog]);
  const { text, set, figures } = useFigures(uses);
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const [now] = useState(() => new Date());
  const phone = useMediaQuery("(max-width: 760px)");
  const zone = visitorZone(text.tz, offeredZones(catalog.plans), now);
  const prices = usePlanPrices(catalog.slug, catalog.plans, figures);

  const allRows = useMemo(() => comparisonRows(catalog, zone), [catalog, zone]);
  const rows = differencesOnly ? allRows.filter(differs) : allRows;
  const periodic = uses.has("termYears");
  const priceLabel = `Price${periodic ? (figures.termYears > 1 ? ` for ${figures.termYears} years` : " a year") : ""}`;
  const guaranteeDays = catalog.plans.map((p) => prices.priceOf(p.key)).find((p) => p?.guarantee)?.guarantee?.days ?? null;
  const vendor = catalog.vendor ?? catalog.name;
  const price = (planKey: string) => {
    const plan = catalog.plans.find((p) => p.key === planKey)!;
    return <PriceCell plan={plan} price={prices.priceOf(planKey)} currency={catalog.currency} loading={prices.loading} />;
  };
  const action = () => null;
  const announcement = prices.loading
    ? ""
    : catalog.plans
        .map((p) => {
          const pr = prices.priceOf(p.key);
          return pr ? `${p.name}: ${pr.total === null ? "price on request" : money(pr.total, catalog.currency)}` : null;
        })
        .filter(Boolean)
        .join("; ");
  const layout = { plans: catalog.plans, rows, priceLabel, price, action };

  return (
    <section className="compare">
      <p className="crumbs">
        <Link href="/">All catalogs</Link>
      </p>
      <h1>{catalog.name}</h1>
      {catalog.description && <p className="lead">{catalog.description}</p>}

      {uses.size > 0 && <FiguresForm catalog={catalog} uses={uses} text={text} zone={zone} onChange={set} />}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement && `Prices for your figures: ${announcement}.`}
      </p>

      <div className="view-options">
        <label className="inline">
          <input type="checkbox" checked={differencesOnly} onChange={(e) => setDifferencesOnly(e.target.checked)} />
          Differences only
        </label>
        {differencesOnly && (
          <span className="muted small" role="status">
            {allRows.length - rows.length} rows that read the same for every plan are hidden.
          </span>
        )}
      </div>

      {phone ? <PlanCards {...layout} /> : <ComparisonTable {...layout} />}

      <SlaWidget catalog={catalog} zone={zone} now={now} />
      {(uses.has("licensePrice") || uses.has("projectBudget")) && (
        <PriceChart catalog={catalog} figure={uses.has("licensePrice") ? figures.licensePrice : figures.projectBudget} />
      )}
      <CreditCategories catalog={catalog} />
      <GuaranteeCard catalog={catalog} days={guaranteeDays} />
      <PlanNotes catalog={catalog} vendor={vendor} />
    </section>
  );
}
