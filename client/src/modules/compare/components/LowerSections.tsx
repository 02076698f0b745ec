import { useQuery } from "@apollo/client/react";
import type { PlanPrice } from "../../../shared/hooks/usePlanPrices.js";
import { CompareCatalogDetailsDocument } from "../graphql/lazy/compare-catalog-details.query.js";
import { CreditCategories } from "./CreditCategories.js";
import { GuaranteeCard } from "./GuaranteeCard.js";
import { PlanNotes } from "./PlanNotes.js";
import { PriceChart } from "./PriceChart.js";
import { SlaWidget } from "./SlaWidget.js";

export interface LowerSectionsProps {
  slug: string;
  zone: string;
  now: Date;
  /** The figure the chart marks; undefined when the catalog's prices depend on neither. */
  chartFigure: string | null | undefined;
  guaranteed: PlanPrice | null;
  vendor: string;
}

/**
 * The sections below the plans (answer times, price chart, credits, guarantee, notes): a
 * chunk of their own, with a query of their own, so the page's first answer carries only
 * what the first screen shows.
 */
export function LowerSections({ slug, zone, now, chartFigure, guaranteed, vendor }: LowerSectionsProps) {
  // Not written to the cache: plans have no id, so this answer's plans list would replace the
  // comparison's own (other fields), and the comparison would be asked for again, losing the figures typed.
  const { data, error } = useQuery(CompareCatalogDetailsDocument, { variables: { slug }, fetchPolicy: "no-cache" });
  const catalog = data?.catalog;
  if (!catalog) {
    return error ? (
      <p role="alert">The answer times, credits and notes could not be loaded. The prices above are unaffected.</p>
    ) : (
      <p role="status">Loading answer times, credits and notes…</p>
    );
  }
  return (
    <>
      <SlaWidget catalog={catalog} zone={zone} now={now} />
      {chartFigure !== undefined && <PriceChart catalog={catalog} figure={chartFigure} />}
      <CreditCategories catalog={catalog} />
      <GuaranteeCard catalog={catalog} price={guaranteed} />
      <PlanNotes catalog={catalog} vendor={vendor} />
    </>
  );
}
