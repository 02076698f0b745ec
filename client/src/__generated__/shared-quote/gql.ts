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
    "\n  mutation AcceptQuote($token: String!, $name: String!, $option: Int, $acknowledged: Boolean, $contacts: [AuthorizedContactInput!], $idempotencyKey: String) {\n    acceptSharedQuote(token: $token, name: $name, option: $option, acknowledged: $acknowledged, contacts: $contacts, idempotencyKey: $idempotencyKey) {\n      ...SharedQuoteFields\n    }\n  }\n": typeof types.AcceptQuoteDocument,
    "\n  mutation DeclineQuote($token: String!, $name: String, $reason: String) {\n    declineSharedQuote(token: $token, name: $name, reason: $reason) {\n      ...SharedQuoteFields\n    }\n  }\n": typeof types.DeclineQuoteDocument,
    "\n  fragment SharedAcceptance on QuoteAcceptance {\n    optionLabel\n    planName\n    name\n    acceptedAt\n    contacts {\n      name\n      email\n    }\n    clauses\n    contentDigest\n  }\n": typeof types.SharedAcceptanceFragmentDoc,
    "\n  fragment SharedQuoteFields on SharedQuote {\n    number\n    status\n    vendor\n    currency\n    validUntil\n    timeZone\n    decidedByName\n    decidedAt\n    decidedAtInZone\n    acceptedOption\n    priceToBeAgreed\n    changesSinceLastSeen\n    customer {\n      company\n      name\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      label\n      planName\n      total\n      authorizedContacts\n      lines {\n        kind\n        label\n        detail\n        amount\n      }\n      sla {\n        planKey\n        planName\n        hours\n        targets {\n          priorityLabel\n          target\n        }\n      }\n      clauses\n      timeline {\n        ...SharedTimeline\n      }\n    }\n    timeline {\n      ...SharedTimeline\n    }\n    acceptance {\n      ...SharedAcceptance\n    }\n  }\n": typeof types.SharedQuoteFieldsFragmentDoc,
    "\n  query SharedQuote($token: String!) {\n    sharedQuote(token: $token) {\n      ...SharedQuoteFields\n    }\n  }\n": typeof types.SharedQuoteDocument,
    "\n  fragment SharedTimeline on QuoteTimeline {\n    steps {\n      label\n      startsOn\n      endsOn\n    }\n    exampleNote\n    slaExamples {\n      priorityKey\n      text\n    }\n    rounding\n  }\n": typeof types.SharedTimelineFragmentDoc,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.PlanPriceFragmentDoc,
    "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n": typeof types.PlanPricesDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
};
const documents: Documents = {
    "\n  mutation AcceptQuote($token: String!, $name: String!, $option: Int, $acknowledged: Boolean, $contacts: [AuthorizedContactInput!], $idempotencyKey: String) {\n    acceptSharedQuote(token: $token, name: $name, option: $option, acknowledged: $acknowledged, contacts: $contacts, idempotencyKey: $idempotencyKey) {\n      ...SharedQuoteFields\n    }\n  }\n": types.AcceptQuoteDocument,
    "\n  mutation DeclineQuote($token: String!, $name: String, $reason: String) {\n    declineSharedQuote(token: $token, name: $name, reason: $reason) {\n      ...SharedQuoteFields\n    }\n  }\n": types.DeclineQuoteDocument,
    "\n  fragment SharedAcceptance on QuoteAcceptance {\n    optionLabel\n    planName\n    name\n    acceptedAt\n    contacts {\n      name\n      email\n    }\n    clauses\n    contentDigest\n  }\n": types.SharedAcceptanceFragmentDoc,
    "\n  fragment SharedQuoteFields on SharedQuote {\n    number\n    status\n    vendor\n    currency\n    validUntil\n    timeZone\n    decidedByName\n    decidedAt\n    decidedAtInZone\n    acceptedOption\n    priceToBeAgreed\n    changesSinceLastSeen\n    customer {\n      company\n      name\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      label\n      planName\n      total\n      authorizedContacts\n      lines {\n        kind\n        label\n        detail\n        amount\n      }\n      sla {\n        planKey\n        planName\n        hours\n        targets {\n          priorityLabel\n          target\n        }\n      }\n      clauses\n      timeline {\n        ...SharedTimeline\n      }\n    }\n    timeline {\n      ...SharedTimeline\n    }\n    acceptance {\n      ...SharedAcceptance\n    }\n  }\n": types.SharedQuoteFieldsFragmentDoc,
    "\n  query SharedQuote($token: String!) {\n    sharedQuote(token: $token) {\n      ...SharedQuoteFields\n    }\n  }\n": types.SharedQuoteDocument,
    "\n  fragment SharedTimeline on QuoteTimeline {\n    steps {\n      label\n      startsOn\n      endsOn\n    }\n    exampleNote\n    slaExamples {\n      priorityKey\n      text\n    }\n    rounding\n  }\n": types.SharedTimelineFragmentDoc,
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
export function graphql(source: "\n  mutation AcceptQuote($token: String!, $name: String!, $option: Int, $acknowledged: Boolean, $contacts: [AuthorizedContactInput!], $idempotencyKey: String) {\n    acceptSharedQuote(token: $token, name: $name, option: $option, acknowledged: $acknowledged, contacts: $contacts, idempotencyKey: $idempotencyKey) {\n      ...SharedQuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptQuote($token: String!, $name: String!, $option: Int, $acknowledged: Boolean, $contacts: [AuthorizedContactInput!], $idempotencyKey: String) {\n    acceptSharedQuote(token: $token, name: $name, option: $option, acknowledged: $acknowledged, contacts: $contacts, idempotencyKey: $idempotencyKey) {\n      ...SharedQuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineQuote($token: String!, $name: String, $reason: String) {\n    declineSharedQuote(token: $token, name: $name, reason: $reason) {\n      ...SharedQuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineQuote($token: String!, $name: String, $reason: String) {\n    declineSharedQuote(token: $token, name: $name, reason: $reason) {\n      ...SharedQuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedAcceptance on QuoteAcceptance {\n    optionLabel\n    planName\n    name\n    acceptedAt\n    contacts {\n      name\n      email\n    }\n    clauses\n    contentDigest\n  }\n"): (typeof documents)["\n  fragment SharedAcceptance on QuoteAcceptance {\n    optionLabel\n    planName\n    name\n    acceptedAt\n    contacts {\n      name\n      email\n    }\n    clauses\n    contentDigest\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedQuoteFields on SharedQuote {\n    number\n    status\n    vendor\n    currency\n    validUntil\n    timeZone\n    decidedByName\n    decidedAt\n    decidedAtInZone\n    acceptedOption\n    priceToBeAgreed\n    changesSinceLastSeen\n    customer {\n      company\n      name\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      label\n      planName\n      total\n      authorizedContacts\n      lines {\n        kind\n        label\n        detail\n        amount\n      }\n      sla {\n        planKey\n        planName\n        hours\n        targets {\n          priorityLabel\n          target\n        }\n      }\n      clauses\n      timeline {\n        ...SharedTimeline\n      }\n    }\n    timeline {\n      ...SharedTimeline\n    }\n    acceptance {\n      ...SharedAcceptance\n    }\n  }\n"): (typeof documents)["\n  fragment SharedQuoteFields on SharedQuote {\n    number\n    status\n    vendor\n    currency\n    validUntil\n    timeZone\n    decidedByName\n    decidedAt\n    decidedAtInZone\n    acceptedOption\n    priceToBeAgreed\n    changesSinceLastSeen\n    customer {\n      company\n      name\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      label\n      planName\n      total\n      authorizedContacts\n      lines {\n        kind\n        label\n        detail\n        amount\n      }\n      sla {\n        planKey\n        planName\n        hours\n        targets {\n          priorityLabel\n          target\n        }\n      }\n      clauses\n      timeline {\n        ...SharedTimeline\n      }\n    }\n    timeline {\n      ...SharedTimeline\n    }\n    acceptance {\n      ...SharedAcceptance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedQuote($token: String!) {\n    sharedQuote(token: $token) {\n      ...SharedQuoteFields\n    }\n  }\n"): (typeof documents)["\n  query SharedQuote($token: String!) {\n    sharedQuote(token: $token) {\n      ...SharedQuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedTimeline on QuoteTimeline {\n    steps {\n      label\n      startsOn\n      endsOn\n    }\n    exampleNote\n    slaExamples {\n      priorityKey\n      text\n    }\n    rounding\n  }\n"): (typeof documents)["\n  fragment SharedTimeline on QuoteTimeline {\n    steps {\n      label\n      startsOn\n      endsOn\n    }\n    exampleNote\n    slaExamples {\n      priorityKey\n      text\n    }\n    rounding\n  }\n"];
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