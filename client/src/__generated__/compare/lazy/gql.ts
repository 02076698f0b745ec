/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CompareCatalogDetails($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      ...SlaWidget_Catalog\n      ...PriceChart_Catalog\n      ...CreditCategories_Catalog\n      ...GuaranteeCard_Catalog\n      ...PlanNotes_Catalog\n    }\n  }\n": typeof types.CompareCatalogDetailsDocument,
    "\n  mutation CreateInstantQuote($input: InstantQuoteInput!) {\n    createInstantQuote(input: $input) {\n      number\n      url\n    }\n  }\n": typeof types.CreateInstantQuoteDocument,
    "\n  fragment CreditCategories_Catalog on Catalog {\n    slug\n    currency\n    requestCategories {\n      key\n      label\n      description\n      creditKind\n      credits\n      perStep\n      includedSteps\n      needsConfirmation\n      creditsText\n    }\n  }\n": typeof types.CreditCategories_CatalogFragmentDoc,
    "\n  query EstimateCredits($input: CreditEstimateInput!) {\n    estimateCredits(input: $input) {\n      credits\n      price\n      minimum\n      needsConfirmation\n      packs {\n        credits\n        quantity\n        price\n      }\n      lines {\n        categoryKey\n        label\n        count\n        credits\n        minimum\n        needsConfirmation\n        steps\n      }\n    }\n  }\n": typeof types.EstimateCreditsDocument,
    "\n  fragment GuaranteeCard_Catalog on Catalog {\n    guaranteeBands {\n      days\n      label\n    }\n    guaranteeNote\n  }\n": typeof types.GuaranteeCard_CatalogFragmentDoc,
    "\n  fragment PlanNotes_Catalog on Catalog {\n    notes\n    editorNotes\n    exclusions {\n      text\n      planKeys\n      kind\n      heading\n    }\n    plans {\n      key\n      name\n      forYouIf\n      notes\n    }\n  }\n": typeof types.PlanNotes_CatalogFragmentDoc,
    "\n  # Every plan priced at each of the chart's nine sample points (lib/chart.ts samplePoints): one alias a point.\n  query PriceChartPrices(\n    $p0: PlanPricesInput!\n    $p1: PlanPricesInput!\n    $p2: PlanPricesInput!\n    $p3: PlanPricesInput!\n    $p4: PlanPricesInput!\n    $p5: PlanPricesInput!\n    $p6: PlanPricesInput!\n    $p7: PlanPricesInput!\n    $p8: PlanPricesInput!\n  ) {\n    p0: planPrices(input: $p0) {\n      ...ChartPoint\n    }\n    p1: planPrices(input: $p1) {\n      ...ChartPoint\n    }\n    p2: planPrices(input: $p2) {\n      ...ChartPoint\n    }\n    p3: planPrices(input: $p3) {\n      ...ChartPoint\n    }\n    p4: planPrices(input: $p4) {\n      ...ChartPoint\n    }\n    p5: planPrices(input: $p5) {\n      ...ChartPoint\n    }\n    p6: planPrices(input: $p6) {\n      ...ChartPoint\n    }\n    p7: planPrices(input: $p7) {\n      ...ChartPoint\n    }\n    p8: planPrices(input: $p8) {\n      ...ChartPoint\n    }\n  }\n\n  fragment ChartPoint on PricedPlan {\n    planKey\n    quote {\n      total\n    }\n  }\n": typeof types.PriceChartPricesDocument,
    "\n  fragment PriceChart_Catalog on Catalog {\n    slug\n    currency\n    plans {\n      key\n      name\n      isTier\n      pricing {\n        kind\n      }\n    }\n  }\n": typeof types.PriceChart_CatalogFragmentDoc,
    "\n  query RecommendPlans($input: PlanFitInput!) {\n    recommendPlans(input: $input) {\n      planKey\n      addOnKeys\n      fits\n      reasons\n      total\n    }\n  }\n": typeof types.RecommendPlansDocument,
    "\n  mutation RequestQuote($input: QuoteRequestInput!) {\n    requestQuote(input: $input) {\n      reference\n    }\n  }\n": typeof types.RequestQuoteDocument,
    "\n  query SlaDue($input: SlaDueInput!) {\n    slaDueAt(input: $input) {\n      dueAt\n      target\n      timeZone\n      businessHours\n    }\n  }\n": typeof types.SlaDueDocument,
    "\n  fragment SlaWidget_Catalog on Catalog {\n    slug\n    priorities {\n      key\n      label\n      definition\n    }\n    plans {\n      key\n      name\n      calendar {\n        zones\n        alwaysOpen\n      }\n      slaTargets {\n        priorityKey\n        text\n      }\n    }\n  }\n": typeof types.SlaWidget_CatalogFragmentDoc,
};
const documents: Documents = {
    "\n  query CompareCatalogDetails($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      ...SlaWidget_Catalog\n      ...PriceChart_Catalog\n      ...CreditCategories_Catalog\n      ...GuaranteeCard_Catalog\n      ...PlanNotes_Catalog\n    }\n  }\n": types.CompareCatalogDetailsDocument,
    "\n  mutation CreateInstantQuote($input: InstantQuoteInput!) {\n    createInstantQuote(input: $input) {\n      number\n      url\n    }\n  }\n": types.CreateInstantQuoteDocument,
    "\n  fragment CreditCategories_Catalog on Catalog {\n    slug\n    currency\n    requestCategories {\n      key\n      label\n      description\n      creditKind\n      credits\n      perStep\n      includedSteps\n      needsConfirmation\n      creditsText\n    }\n  }\n": types.CreditCategories_CatalogFragmentDoc,
    "\n  query EstimateCredits($input: CreditEstimateInput!) {\n    estimateCredits(input: $input) {\n      credits\n      price\n      minimum\n      needsConfirmation\n      packs {\n        credits\n        quantity\n        price\n      }\n      lines {\n        categoryKey\n        label\n        count\n        credits\n        minimum\n        needsConfirmation\n        steps\n      }\n    }\n  }\n": types.EstimateCreditsDocument,
    "\n  fragment GuaranteeCard_Catalog on Catalog {\n    guaranteeBands {\n      days\n      label\n    }\n    guaranteeNote\n  }\n": types.GuaranteeCard_CatalogFragmentDoc,
    "\n  fragment PlanNotes_Catalog on Catalog {\n    notes\n    editorNotes\n    exclusions {\n      text\n      planKeys\n      kind\n      heading\n    }\n    plans {\n      key\n      name\n      forYouIf\n      notes\n    }\n  }\n": types.PlanNotes_CatalogFragmentDoc,
    "\n  # Every plan priced at each of the chart's nine sample points (lib/chart.ts samplePoints): one alias a point.\n  query PriceChartPrices(\n    $p0: PlanPricesInput!\n    $p1: PlanPricesInput!\n    $p2: PlanPricesInput!\n    $p3: PlanPricesInput!\n    $p4: PlanPricesInput!\n    $p5: PlanPricesInput!\n    $p6: PlanPricesInput!\n    $p7: PlanPricesInput!\n    $p8: PlanPricesInput!\n  ) {\n    p0: planPrices(input: $p0) {\n      ...ChartPoint\n    }\n    p1: planPrices(input: $p1) {\n      ...ChartPoint\n    }\n    p2: planPrices(input: $p2) {\n      ...ChartPoint\n    }\n    p3: planPrices(input: $p3) {\n      ...ChartPoint\n    }\n    p4: planPrices(input: $p4) {\n      ...ChartPoint\n    }\n    p5: planPrices(input: $p5) {\n      ...ChartPoint\n    }\n    p6: planPrices(input: $p6) {\n      ...ChartPoint\n    }\n    p7: planPrices(input: $p7) {\n      ...ChartPoint\n    }\n    p8: planPrices(input: $p8) {\n      ...ChartPoint\n    }\n  }\n\n  fragment ChartPoint on PricedPlan {\n    planKey\n    quote {\n      total\n    }\n  }\n": types.PriceChartPricesDocument,
    "\n  fragment PriceChart_Catalog on Catalog {\n    slug\n    currency\n    plans {\n      key\n      name\n      isTier\n      pricing {\n        kind\n      }\n    }\n  }\n": types.PriceChart_CatalogFragmentDoc,
    "\n  query RecommendPlans($input: PlanFitInput!) {\n    recommendPlans(input: $input) {\n      planKey\n      addOnKeys\n      fits\n      reasons\n      total\n    }\n  }\n": types.RecommendPlansDocument,
    "\n  mutation RequestQuote($input: QuoteRequestInput!) {\n    requestQuote(input: $input) {\n      reference\n    }\n  }\n": types.RequestQuoteDocument,
    "\n  query SlaDue($input: SlaDueInput!) {\n    slaDueAt(input: $input) {\n      dueAt\n      target\n      timeZone\n      businessHours\n    }\n  }\n": types.SlaDueDocument,
    "\n  fragment SlaWidget_Catalog on Catalog {\n    slug\n    priorities {\n      key\n      label\n      definition\n    }\n    plans {\n      key\n      name\n      calendar {\n        zones\n        alwaysOpen\n      }\n      slaTargets {\n        priorityKey\n        text\n      }\n    }\n  }\n": types.SlaWidget_CatalogFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareCatalogDetails($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      ...SlaWidget_Catalog\n      ...PriceChart_Catalog\n      ...CreditCategories_Catalog\n      ...GuaranteeCard_Catalog\n      ...PlanNotes_Catalog\n    }\n  }\n"): (typeof documents)["\n  query CompareCatalogDetails($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      ...SlaWidget_Catalog\n      ...PriceChart_Catalog\n      ...CreditCategories_Catalog\n      ...GuaranteeCard_Catalog\n      ...PlanNotes_Catalog\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstantQuote($input: InstantQuoteInput!) {\n    createInstantQuote(input: $input) {\n      number\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstantQuote($input: InstantQuoteInput!) {\n    createInstantQuote(input: $input) {\n      number\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditCategories_Catalog on Catalog {\n    slug\n    currency\n    requestCategories {\n      key\n      label\n      description\n      creditKind\n      credits\n      perStep\n      includedSteps\n      needsConfirmation\n      creditsText\n    }\n  }\n"): (typeof documents)["\n  fragment CreditCategories_Catalog on Catalog {\n    slug\n    currency\n    requestCategories {\n      key\n      label\n      description\n      creditKind\n      credits\n      perStep\n      includedSteps\n      needsConfirmation\n      creditsText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateCredits($input: CreditEstimateInput!) {\n    estimateCredits(input: $input) {\n      credits\n      price\n      minimum\n      needsConfirmation\n      packs {\n        credits\n        quantity\n        price\n      }\n      lines {\n        categoryKey\n        label\n        count\n        credits\n        minimum\n        needsConfirmation\n        steps\n      }\n    }\n  }\n"): (typeof documents)["\n  query EstimateCredits($input: CreditEstimateInput!) {\n    estimateCredits(input: $input) {\n      credits\n      price\n      minimum\n      needsConfirmation\n      packs {\n        credits\n        quantity\n        price\n      }\n      lines {\n        categoryKey\n        label\n        count\n        credits\n        minimum\n        needsConfirmation\n        steps\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuaranteeCard_Catalog on Catalog {\n    guaranteeBands {\n      days\n      label\n    }\n    guaranteeNote\n  }\n"): (typeof documents)["\n  fragment GuaranteeCard_Catalog on Catalog {\n    guaranteeBands {\n      days\n      label\n    }\n    guaranteeNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanNotes_Catalog on Catalog {\n    notes\n    editorNotes\n    exclusions {\n      text\n      planKeys\n      kind\n      heading\n    }\n    plans {\n      key\n      name\n      forYouIf\n      notes\n    }\n  }\n"): (typeof documents)["\n  fragment PlanNotes_Catalog on Catalog {\n    notes\n    editorNotes\n    exclusions {\n      text\n      planKeys\n      kind\n      heading\n    }\n    plans {\n      key\n      name\n      forYouIf\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  # Every plan priced at each of the chart's nine sample points (lib/chart.ts samplePoints): one alias a point.\n  query PriceChartPrices(\n    $p0: PlanPricesInput!\n    $p1: PlanPricesInput!\n    $p2: PlanPricesInput!\n    $p3: PlanPricesInput!\n    $p4: PlanPricesInput!\n    $p5: PlanPricesInput!\n    $p6: PlanPricesInput!\n    $p7: PlanPricesInput!\n    $p8: PlanPricesInput!\n  ) {\n    p0: planPrices(input: $p0) {\n      ...ChartPoint\n    }\n    p1: planPrices(input: $p1) {\n      ...ChartPoint\n    }\n    p2: planPrices(input: $p2) {\n      ...ChartPoint\n    }\n    p3: planPrices(input: $p3) {\n      ...ChartPoint\n    }\n    p4: planPrices(input: $p4) {\n      ...ChartPoint\n    }\n    p5: planPrices(input: $p5) {\n      ...ChartPoint\n    }\n    p6: planPrices(input: $p6) {\n      ...ChartPoint\n    }\n    p7: planPrices(input: $p7) {\n      ...ChartPoint\n    }\n    p8: planPrices(input: $p8) {\n      ...ChartPoint\n    }\n  }\n\n  fragment ChartPoint on PricedPlan {\n    planKey\n    quote {\n      total\n    }\n  }\n"): (typeof documents)["\n  # Every plan priced at each of the chart's nine sample points (lib/chart.ts samplePoints): one alias a point.\n  query PriceChartPrices(\n    $p0: PlanPricesInput!\n    $p1: PlanPricesInput!\n    $p2: PlanPricesInput!\n    $p3: PlanPricesInput!\n    $p4: PlanPricesInput!\n    $p5: PlanPricesInput!\n    $p6: PlanPricesInput!\n    $p7: PlanPricesInput!\n    $p8: PlanPricesInput!\n  ) {\n    p0: planPrices(input: $p0) {\n      ...ChartPoint\n    }\n    p1: planPrices(input: $p1) {\n      ...ChartPoint\n    }\n    p2: planPrices(input: $p2) {\n      ...ChartPoint\n    }\n    p3: planPrices(input: $p3) {\n      ...ChartPoint\n    }\n    p4: planPrices(input: $p4) {\n      ...ChartPoint\n    }\n    p5: planPrices(input: $p5) {\n      ...ChartPoint\n    }\n    p6: planPrices(input: $p6) {\n      ...ChartPoint\n    }\n    p7: planPrices(input: $p7) {\n      ...ChartPoint\n    }\n    p8: planPrices(input: $p8) {\n      ...ChartPoint\n    }\n  }\n\n  fragment ChartPoint on PricedPlan {\n    planKey\n    quote {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceChart_Catalog on Catalog {\n    slug\n    currency\n    plans {\n      key\n      name\n      isTier\n      pricing {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PriceChart_Catalog on Catalog {\n    slug\n    currency\n    plans {\n      key\n      name\n      isTier\n      pricing {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendPlans($input: PlanFitInput!) {\n    recommendPlans(input: $input) {\n      planKey\n      addOnKeys\n      fits\n      reasons\n      total\n    }\n  }\n"): (typeof documents)["\n  query RecommendPlans($input: PlanFitInput!) {\n    recommendPlans(input: $input) {\n      planKey\n      addOnKeys\n      fits\n      reasons\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestQuote($input: QuoteRequestInput!) {\n    requestQuote(input: $input) {\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation RequestQuote($input: QuoteRequestInput!) {\n    requestQuote(input: $input) {\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaDue($input: SlaDueInput!) {\n    slaDueAt(input: $input) {\n      dueAt\n      target\n      timeZone\n      businessHours\n    }\n  }\n"): (typeof documents)["\n  query SlaDue($input: SlaDueInput!) {\n    slaDueAt(input: $input) {\n      dueAt\n      target\n      timeZone\n      businessHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlaWidget_Catalog on Catalog {\n    slug\n    priorities {\n      key\n      label\n      definition\n    }\n    plans {\n      key\n      name\n      calendar {\n        zones\n        alwaysOpen\n      }\n      slaTargets {\n        priorityKey\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SlaWidget_Catalog on Catalog {\n    slug\n    priorities {\n      key\n      label\n      definition\n    }\n    plans {\n      key\n      name\n      calendar {\n        zones\n        alwaysOpen\n      }\n      slaTargets {\n        priorityKey\n        text\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;