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
    "\n  mutation CloseQuoteRequest($id: ID!, $reason: String!) {\n    closeQuoteRequest(id: $id, reason: $reason) {\n      ...RequestCard_Request\n    }\n  }\n": typeof types.CloseQuoteRequestDocument,
    "\n  mutation ConvertQuoteRequest($id: ID!) {\n    convertQuoteRequest(id: $id) {\n      request {\n        ...RequestCard_Request\n      }\n      quote {\n        id\n      }\n    }\n  }\n": typeof types.ConvertQuoteRequestDocument,
    "\n  query OpenQuoteRequests {\n    quoteRequests(status: OPEN, first: 100) {\n      requests {\n        id\n      }\n      nextCursor\n    }\n  }\n": typeof types.OpenQuoteRequestsDocument,
    "\n  query QuoteRequests($status: QuoteRequestStatus, $after: String) {\n    quoteRequests(status: $status, first: 20, after: $after) {\n      requests {\n        ...RequestCard_Request\n      }\n      nextCursor\n    }\n  }\n": typeof types.QuoteRequestsDocument,
    "\n  fragment RequestCard_Request on QuoteRequest {\n    id\n    reference\n    status\n    catalogName\n    planName\n    addOnNames\n    total\n    currency\n    company\n    contactName\n    email\n    message\n    createdAt\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    owner {\n      id\n      name\n    }\n    closeReason\n    quoteId\n    quoteNumber\n  }\n": typeof types.RequestCard_RequestFragmentDoc,
    "\n  mutation TakeQuoteRequest($id: ID!) {\n    takeQuoteRequest(id: $id) {\n      ...RequestCard_Request\n    }\n  }\n": typeof types.TakeQuoteRequestDocument,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.PlanPriceFragmentDoc,
    "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n": typeof types.PlanPricesDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
};
const documents: Documents = {
    "\n  mutation CloseQuoteRequest($id: ID!, $reason: String!) {\n    closeQuoteRequest(id: $id, reason: $reason) {\n      ...RequestCard_Request\n    }\n  }\n": types.CloseQuoteRequestDocument,
    "\n  mutation ConvertQuoteRequest($id: ID!) {\n    convertQuoteRequest(id: $id) {\n      request {\n        ...RequestCard_Request\n      }\n      quote {\n        id\n      }\n    }\n  }\n": types.ConvertQuoteRequestDocument,
    "\n  query OpenQuoteRequests {\n    quoteRequests(status: OPEN, first: 100) {\n      requests {\n        id\n      }\n      nextCursor\n    }\n  }\n": types.OpenQuoteRequestsDocument,
    "\n  query QuoteRequests($status: QuoteRequestStatus, $after: String) {\n    quoteRequests(status: $status, first: 20, after: $after) {\n      requests {\n        ...RequestCard_Request\n      }\n      nextCursor\n    }\n  }\n": types.QuoteRequestsDocument,
    "\n  fragment RequestCard_Request on QuoteRequest {\n    id\n    reference\n    status\n    catalogName\n    planName\n    addOnNames\n    total\n    currency\n    company\n    contactName\n    email\n    message\n    createdAt\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    owner {\n      id\n      name\n    }\n    closeReason\n    quoteId\n    quoteNumber\n  }\n": types.RequestCard_RequestFragmentDoc,
    "\n  mutation TakeQuoteRequest($id: ID!) {\n    takeQuoteRequest(id: $id) {\n      ...RequestCard_Request\n    }\n  }\n": types.TakeQuoteRequestDocument,
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
export function graphql(source: "\n  mutation CloseQuoteRequest($id: ID!, $reason: String!) {\n    closeQuoteRequest(id: $id, reason: $reason) {\n      ...RequestCard_Request\n    }\n  }\n"): (typeof documents)["\n  mutation CloseQuoteRequest($id: ID!, $reason: String!) {\n    closeQuoteRequest(id: $id, reason: $reason) {\n      ...RequestCard_Request\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertQuoteRequest($id: ID!) {\n    convertQuoteRequest(id: $id) {\n      request {\n        ...RequestCard_Request\n      }\n      quote {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertQuoteRequest($id: ID!) {\n    convertQuoteRequest(id: $id) {\n      request {\n        ...RequestCard_Request\n      }\n      quote {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenQuoteRequests {\n    quoteRequests(status: OPEN, first: 100) {\n      requests {\n        id\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query OpenQuoteRequests {\n    quoteRequests(status: OPEN, first: 100) {\n      requests {\n        id\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteRequests($status: QuoteRequestStatus, $after: String) {\n    quoteRequests(status: $status, first: 20, after: $after) {\n      requests {\n        ...RequestCard_Request\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query QuoteRequests($status: QuoteRequestStatus, $after: String) {\n    quoteRequests(status: $status, first: 20, after: $after) {\n      requests {\n        ...RequestCard_Request\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestCard_Request on QuoteRequest {\n    id\n    reference\n    status\n    catalogName\n    planName\n    addOnNames\n    total\n    currency\n    company\n    contactName\n    email\n    message\n    createdAt\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    owner {\n      id\n      name\n    }\n    closeReason\n    quoteId\n    quoteNumber\n  }\n"): (typeof documents)["\n  fragment RequestCard_Request on QuoteRequest {\n    id\n    reference\n    status\n    catalogName\n    planName\n    addOnNames\n    total\n    currency\n    company\n    contactName\n    email\n    message\n    createdAt\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    owner {\n      id\n      name\n    }\n    closeReason\n    quoteId\n    quoteNumber\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeQuoteRequest($id: ID!) {\n    takeQuoteRequest(id: $id) {\n      ...RequestCard_Request\n    }\n  }\n"): (typeof documents)["\n  mutation TakeQuoteRequest($id: ID!) {\n    takeQuoteRequest(id: $id) {\n      ...RequestCard_Request\n    }\n  }\n"];
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