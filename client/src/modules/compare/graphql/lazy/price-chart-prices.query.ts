/* GraphQL */ `
  # Every plan priced at each of the chart's nine sample points (lib/chart.ts samplePoints): one alias a point.
  query PriceChartPrices(
    $p0: PlanPricesInput!
    $p1: PlanPricesInput!
    $p2: PlanPricesInput!
    $p3: PlanPricesInput!
    $p4: PlanPricesInput!
    $p5: PlanPricesInput!
    $p6: PlanPricesInput!
    $p7: PlanPricesInput!
    $p8: PlanPricesInput!
  ) {
    p0: planPrices(input: $p0) {
      ...ChartPoint
    }
    p1: planPrices(input: $p1) {
      ...ChartPoint
    }
    p2: planPrices(input: $p2) {
      ...ChartPoint
    }
    p3: planPrices(input: $p3) {
      ...ChartPoint
    }
    p4: planPrices(input: $p4) {
      ...ChartPoint
    }
    p5: planPrices(input: $p5) {
      ...ChartPoint
    }
    p6: planPrices(input: $p6) {
      ...ChartPoint
    }
    p7: planPrices(input: $p7) {
      ...ChartPoint
    }
    p8: planPrices(input: $p8) {
      ...ChartPoint
    }
  }

  fragment ChartPoint on PricedPlan {
    planKey
    quote {
      total
    }
  }
`;
export { PriceChartPricesDocument, type PriceChartPricesQuery, type PriceChartPricesQueryVariables } from "../../../../__generated__/compare/lazy/graphql.js";
