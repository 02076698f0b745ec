import type { PlanPrice } from "../../../shared/hooks/usePlanPrices.js";
import type { CompareCatalogQuery } from "../graphql/compare-catalog.query.js";
import { CreditCategories } from "./CreditCategories.js";
import { GuaranteeCard } from "./GuaranteeCard.js";
import { PlanNotes } from "./PlanNotes.js";
import { PriceChart } from "./PriceChart.js";
import { SlaWidget } from "./SlaWidget.js";

type Catalog = NonNullable<CompareCatalogQuery["catalog"]>;

export interface LowerSectionsProps {
  catalog: Catalog;
  zone: string;
  now: Date;
  /** The figure the chart marks; undefined when the catalog's prices depend on neither. */
  chartFigure: string | null | undefined;
  guaranteed: PlanPrice | null;
  vendor: string;
}

/** The sections below the plans (answer times, price chart, credits, guarantee, notes): a chunk of their own. */
export function LowerSections({ catalog, zone, now, chartFigure, guaranteed, vendor }: LowerSectionsProps) {
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
