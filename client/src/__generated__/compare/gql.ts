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
    "\n  query CompareCatalog($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      name\n      currency\n      description\n      plans {\n        key\n        name\n        tagline\n        forYouIf\n        availability\n        includedWith\n        pricing {\n          kind\n          summary\n          note\n          packs {\n            credits\n            price\n          }\n        }\n        calendar {\n          summary\n        }\n        limits {\n          figure\n          text\n        }\n        slaTargets {\n          priorityKey\n          text\n        }\n      }\n      featureGroups {\n        key\n        label\n      }\n      features {\n        key\n        label\n        group\n        valueType\n        cells {\n          planKey\n          display\n          note\n        }\n      }\n      priorities {\n        key\n        label\n        definition\n      }\n      exclusions {\n        text\n        planKeys\n        heading\n      }\n      guaranteeBands {\n        days\n        label\n      }\n      guaranteeNote\n    }\n  }\n": typeof types.CompareCatalogDocument,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    guarantee {\n      days\n    }\n  }\n": typeof types.PlanPriceFragmentDoc,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
};
const documents: Documents = {
    "\n  query CompareCatalog($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      name\n      currency\n      description\n      plans {\n        key\n        name\n        tagline\n        forYouIf\n        availability\n        includedWith\n        pricing {\n          kind\n          summary\n          note\n          packs {\n            credits\n            price\n          }\n        }\n        calendar {\n          summary\n        }\n        limits {\n          figure\n          text\n        }\n        slaTargets {\n          priorityKey\n          text\n        }\n      }\n      featureGroups {\n        key\n        label\n      }\n      features {\n        key\n        label\n        group\n        valueType\n        cells {\n          planKey\n          display\n          note\n        }\n      }\n      priorities {\n        key\n        label\n        definition\n      }\n      exclusions {\n        text\n        planKeys\n        heading\n      }\n      guaranteeBands {\n        days\n        label\n      }\n      guaranteeNote\n    }\n  }\n": types.CompareCatalogDocument,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    guarantee {\n      days\n    }\n  }\n": types.PlanPriceFragmentDoc,
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
export function graphql(source: "\n  query CompareCatalog($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      name\n      currency\n      description\n      plans {\n        key\n        name\n        tagline\n        forYouIf\n        availability\n        includedWith\n        pricing {\n          kind\n          summary\n          note\n          packs {\n            credits\n            price\n          }\n        }\n        calendar {\n          summary\n        }\n        limits {\n          figure\n          text\n        }\n        slaTargets {\n          priorityKey\n          text\n        }\n      }\n      featureGroups {\n        key\n        label\n      }\n      features {\n        key\n        label\n        group\n        valueType\n        cells {\n          planKey\n          display\n          note\n        }\n      }\n      priorities {\n        key\n        label\n        definition\n      }\n      exclusions {\n        text\n        planKeys\n        heading\n      }\n      guaranteeBands {\n        days\n        label\n      }\n      guaranteeNote\n    }\n  }\n"): (typeof documents)["\n  query CompareCatalog($slug: String!) {\n    catalog(slug: $slug) {\n      slug\n      version\n      name\n      currency\n      description\n      plans {\n        key\n        name\n        tagline\n        forYouIf\n        availability\n        includedWith\n        pricing {\n          kind\n          summary\n          note\n          packs {\n            credits\n            price\n          }\n        }\n        calendar {\n          summary\n        }\n        limits {\n          figure\n          text\n        }\n        slaTargets {\n          priorityKey\n          text\n        }\n      }\n      featureGroups {\n        key\n        label\n      }\n      features {\n        key\n        label\n        group\n        valueType\n        cells {\n          planKey\n          display\n          note\n        }\n      }\n      priorities {\n        key\n        label\n        definition\n      }\n      exclusions {\n        text\n        planKeys\n        heading\n      }\n      guaranteeBands {\n        days\n        label\n      }\n      guaranteeNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    guarantee {\n      days\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    guarantee {\n      days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;