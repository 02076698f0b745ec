import { useQuery } from "@apollo/client/react";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
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
import { FiguresForm } from "./FiguresForm.js";
import { PriceCell } from "./PriceCell.js";
import { WhenNear } from "./WhenNear.js";
import "../compare.css";

// What the visitor has not asked for yet loads when they ask: the finder and the request form.
const PlanFinder = lazy(() => import("./PlanFinder.js").then((m) => ({ default: m.PlanFinder })));
const RequestQuoteForm = lazy(() => import("./RequestQuoteForm.js").then((m) => ({ default: m.RequestQuoteForm })));
const InstantQuoteForm = lazy(() => import("./InstantQuoteForm.js").then((m) => ({ default: m.InstantQuoteForm })));
// The phone's cards load only on a phone (a desktop shows the table), fetched as soon as this
// chunk runs, so they arrive while the catalog is being asked for.
const PHONE = "(max-width: 760px)";
const loadPlanCards = () => import("./PlanCards.js").then((m) => ({ default: m.PlanCards }));
const PlanCards = lazy(loadPlanCards);
if (window.matchMedia?.(PHONE).matches) void loadPlanCards();
// And what sits below the plans loads as the visitor scrolls towards it.
const LowerSections = lazy(() => import("./LowerSections.js").then((m) => ({ default: m.LowerSections })));

interface Asked {
  planKey: string;
  addOnKeys: string[];
  title: string;
  /** The prospect makes the quote themselves (the server said the price allows it). */
  instant?: boolean;
}

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
  if (data.catalog.plans.length === 0) {
    return (
      <section>
        <h1>{data.catalog.name}</h1>
        <p role="status">This catalog has no plans to compare yet.</p>
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
  const phone = useMediaQuery(PHONE);
  const zone = visitorZone(text.tz, offeredZones(catalog.plans), now);
  const prices = usePlanPrices(catalog.slug, figures);

  const allRows = useMemo(() => comparisonRows(catalog, zone), [catalog, zone]);
  const rows = differencesOnly ? allRows.filter(differs) : allRows;
  const periodic = uses.has("termYears");
  const priceLabel = `Price${periodic ? (figures.termYears > 1 ? ` for ${figures.termYears} years` : " a year") : ""}`;
  const guaranteed = catalog.plans.map((p) => prices.priceOf(p.key)).find((p) => p?.guarantee) ?? null;
  const vendor = catalog.vendor ?? catalog.name;
  const chartFigure = uses.has("licensePrice") ? figures.licensePrice : uses.has("projectBudget") ? figures.projectBudget : undefined;
  const price = (planKey: string) => {
    const plan = catalog.plans.find((p) => p.key === planKey)!;
    return <PriceCell plan={plan} price={prices.priceOf(planKey)} unpriced={prices.unpricedOf(planKey)} currency={catalog.currency} loading={prices.loading} />;
  };
  const [asked, setAsked] = useState<Asked | null>(null);
  const [finding, setFinding] = useState(false);
  const requestRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asked) requestRef.current?.scrollIntoView?.({ block: "start" });
  }, [asked]);
  const nameOf = (key: string) => catalog.plans.find((p) => p.key === key)?.name ?? key;
  const ask = (planKey: string, addOnKeys: string[]) =>
    setAsked({ planKey, addOnKeys, title: `Request a quote: ${[planKey, ...addOnKeys].map(nameOf).join(" with ")}` });
  const action = (planKey: string) => {
    const plan = catalog.plans.find((p) => p.key === planKey)!;
    if (plan.isTier) {
      const request = (
        <button type="button" className="cta" onClick={() => ask(plan.key, [])} aria-label={`Request a quote for ${plan.name}`}>
          {plan.pricedOnRequest ? "Request this plan" : "Request a quote"}
        </button>
      );
      if (!prices.priceOf(plan.key)?.instantQuote) return request;
      const instant = () => setAsked({ planKey: plan.key, addOnKeys: [], title: `Your quote for ${plan.name}`, instant: true });
      return (
        <span className="cta-pair">
          <button type="button" className="cta" onClick={instant} aria-label={`Get this quote now for ${plan.name}`}>
            Get this quote now
          </button>
          {request}
        </span>
      );
    }
    const base = catalog.plans.find((p) => p.isTier && p.addOnKeys.includes(plan.key));
    return base ? (
      <button type="button" className="cta secondary" onClick={() => ask(base.key, [plan.key])} aria-label={`Request a quote for ${base.name} with ${plan.name}`}>
        Request with {base.name}
      </button>
    ) : null;
  };
  const tiers = catalog.plans.filter((p) => p.isTier);
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

      {phone ? (
        <Suspense fallback={<div className="placeholder" />}>
          <PlanCards {...layout} />
        </Suspense>
      ) : (
        <ComparisonTable {...layout} />
      )}

      <div ref={requestRef} className="request-slot">
        {asked && (
          <Suspense fallback={<p role="status">Loading the form…</p>}>
            {asked.instant ? (
              <InstantQuoteForm key={`instant+${asked.planKey}`} catalogSlug={catalog.slug} planKey={asked.planKey} title={asked.title} figures={figures} zone={zone} onClose={() => setAsked(null)} />
            ) : (
              <RequestQuoteForm key={`${asked.planKey}+${asked.addOnKeys.join()}`} catalogSlug={catalog.slug} planKey={asked.planKey} addOnKeys={asked.addOnKeys} title={asked.title} figures={figures} onClose={() => setAsked(null)} />
            )}
          </Suspense>
        )}
      </div>

      {tiers.length > 1 && (
        <section className="card" aria-labelledby="finder-heading">
          <h2 id="finder-heading">Which plan fits me?</h2>
          {finding ? (
            <Suspense fallback={<p role="status">Loading the plan finder…</p>}>
              <PlanFinder catalog={catalog} figures={figures} onRequest={ask} />
            </Suspense>
          ) : (
            <>
              <p className="muted">Say how fast you need an answer and on which days; the plans that fit come first, cheapest first.</p>
              <button type="button" className="secondary" onClick={() => setFinding(true)}>
                Find my plan
              </button>
            </>
          )}
        </section>
      )}

      <WhenNear minHeight="40rem" label="Show answer times, prices by figure, credits and notes">
        <Suspense fallback={<p role="status">Loading answer times, credits and notes…</p>}>
          <LowerSections slug={catalog.slug} zone={zone} now={now} chartFigure={chartFigure} guaranteed={guaranteed} vendor={vendor} />
        </Suspense>
      </WhenNear>
    </section>
  );
}
