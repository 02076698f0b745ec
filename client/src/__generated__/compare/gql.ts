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
    "\n  query CompareCatalog($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      name\n      vendor\n      currency\n      description\n      plans {\n        ...PlanHeading_Plan\n        ...PriceCell_Plan\n      }\n      ...FiguresForm_Catalog\n      ...ComparisonRows_Catalog\n    }\n  }\n": typeof types.CompareCatalogDocument,
    "\n  fragment ComparisonRows_Catalog on Catalog {\n    comparisonRows {\n      key\n      label\n      group\n      hint\n      supportHours\n      cells {\n        planKey\n        display\n        note\n        editorNote\n      }\n    }\n    priorities {\n      key\n      label\n    }\n    plans {\n      key\n      calendar {\n        summary\n        zones\n        alwaysOpen\n      }\n    }\n  }\n": typeof types.ComparisonRows_CatalogFragmentDoc,
    "\n  fragment FiguresForm_Catalog on Catalog {\n    currency\n    figures\n    licenseEditions {\n      key\n      label\n    }\n    plans {\n      key\n      calendar {\n        zones\n      }\n    }\n  }\n": typeof types.FiguresForm_CatalogFragmentDoc,
    "\n  fragment PlanHeading_Plan on Plan {\n    key\n    name\n    tagline\n    availability\n    isTier\n    addOnKeys\n    includedWith\n  }\n": typeof types.PlanHeading_PlanFragmentDoc,
    "\n  fragment PriceCell_Plan on Plan {\n    key\n    name\n    pricedOnRequest\n    pricing {\n      kind\n      summary\n      note\n      editorNote\n      packs {\n        credits\n        price\n      }\n    }\n  }\n": typeof types.PriceCell_PlanFragmentDoc,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.PlanPriceFragmentDoc,
    "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n": typeof types.PlanPricesDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
};
const documents: Documents = {
    "\n  query CompareCatalog($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      name\n      vendor\n      currency\n      description\n      plans {\n        ...PlanHeading_Plan\n        ...PriceCell_Plan\n      }\n      ...FiguresForm_Catalog\n      ...ComparisonRows_Catalog\n    }\n  }\n": types.CompareCatalogDocument,
    "\n  fragment ComparisonRows_Catalog on Catalog {\n    comparisonRows {\n      key\n      label\n      group\n      hint\n      supportHours\n      cells {\n        planKey\n        display\n        note\n        editorNote\n      }\n    }\n    priorities {\n      key\n      label\n    }\n    plans {\n      key\n      calendar {\n        summary\n        zones\n        alwaysOpen\n      }\n    }\n  }\n": types.ComparisonRows_CatalogFragmentDoc,
    "\n  fragment FiguresForm_Catalog on Catalog {\n    currency\n    figures\n    licenseEditions {\n      key\n      label\n    }\n    plans {\n      key\n      calendar {\n        zones\n      }\n    }\n  }\n": types.FiguresForm_CatalogFragmentDoc,
    "\n  fragment PlanHeading_Plan on Plan {\n    key\n    name\n    tagline\n    availability\n    isTier\n    addOnKeys\n    includedWith\n  }\n": types.PlanHeading_PlanFragmentDoc,
    "\n  fragment PriceCell_Plan on Plan {\n    key\n    name\n    pricedOnRequest\n    pricing {\n      kind\n      summary\n      note\n      editorNote\n      packs {\n        credits\n        price\n      }\n    }\n  }\n": types.PriceCell_PlanFragmentDoc,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": types.PlanPriceFragmentDoc,
    "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n": types.PlanPricesDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": types.SessionUserFragmentDoc,
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
export function graphql(source: "\n  query CompareCatalog($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      name\n      vendor\n      currency\n      description\n      plans {\n        ...PlanHeading_Plan\n        ...PriceCell_Plan\n      }\n      ...FiguresForm_Catalog\n      ...ComparisonRows_Catalog\n    }\n  }\n"): (typeof documents)["\n  query CompareCatalog($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      name\n      vendor\n      currency\n      description\n      plans {\n        ...PlanHeading_Plan\n        ...PriceCell_Plan\n      }\n      ...FiguresForm_Catalog\n      ...ComparisonRows_Catalog\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComparisonRows_Catalog on Catalog {\n    comparisonRows {\n      key\n      label\n      group\n      hint\n      supportHours\n      cells {\n        planKey\n        display\n        note\n        editorNote\n      }\n    }\n    priorities {\n      key\n      label\n    }\n    plans {\n      key\n      calendar {\n        summary\n        zones\n        alwaysOpen\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComparisonRows_Catalog on Catalog {\n    comparisonRows {\n      key\n      label\n      group\n      hint\n      supportHours\n      cells {\n        planKey\n        display\n        note\n        editorNote\n      }\n    }\n    priorities {\n      key\n      label\n    }\n    plans {\n      key\n      calendar {\n        summary\n        zones\n        alwaysOpen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FiguresForm_Catalog on Catalog {\n    currency\n    figures\n    licenseEditions {\n      key\n      label\n    }\n    plans {\n      key\n      calendar {\n        zones\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FiguresForm_Catalog on Catalog {\n    currency\n    figures\n    licenseEditions {\n      key\n      label\n    }\n    plans {\n      key\n      calendar {\n        zones\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanHeading_Plan on Plan {\n    key\n    name\n    tagline\n    availability\n    isTier\n    addOnKeys\n    includedWith\n  }\n"): (typeof documents)["\n  fragment PlanHeading_Plan on Plan {\n    key\n    name\n    tagline\n    availability\n    isTier\n    addOnKeys\n    includedWith\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceCell_Plan on Plan {\n    key\n    name\n    pricedOnRequest\n    pricing {\n      kind\n      summary\n      note\n      editorNote\n      packs {\n        credits\n        price\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PriceCell_Plan on Plan {\n    key\n    name\n    pricedOnRequest\n    pricing {\n      kind\n      summary\n      note\n      editorNote\n      packs {\n        credits\n        price\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;