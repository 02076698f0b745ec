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
    "\n  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {\n    approveQuoteDiscount(id: $id, lockVersion: $lockVersion) {\n      ...QuoteFields\n    }\n  }\n": typeof types.ApproveQuoteDocument,
    "\n  query CatalogChoices {\n    catalogs {\n      slug\n      version\n      name\n      currency\n      licenseEditions {\n        key\n        label\n      }\n      plans {\n        key\n        name\n        availability\n        isTier\n        addOnTo\n        pricing {\n          kind\n          summary\n          packs {\n            credits\n            price\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogChoicesDocument,
    "\n  mutation CreateLink($quoteId: ID!) {\n    createShareLink(quoteId: $quoteId) {\n      id\n      url\n    }\n  }\n": typeof types.CreateLinkDocument,
    "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment QuoteFields on Quote {\n    id\n    number\n    status\n    revision\n    lockVersion\n    catalogSlug\n    catalogName\n    catalogVersion\n    currency\n    total\n    validUntil\n    timeZone\n    approvalRequired\n    approved\n    supersededBy\n    decidedByName\n    acceptedOption\n    pdfUrl\n    createdAt\n    customer {\n      company\n      name\n      email\n    }\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      label\n      planKey\n      planName\n      addOnKeys\n      total\n      undiscounted\n      discountPercent\n      eligible\n      reasons\n      lines {\n        kind\n        planKey\n        label\n        detail\n        amount\n      }\n      creditPacks {\n        credits\n        quantity\n      }\n      customPrices {\n        planKey\n        amount\n      }\n      discounts {\n        lineIndex\n        kind\n        value\n        reason\n      }\n    }\n    shareLinks {\n      id\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.QuoteFieldsFragmentDoc,
    "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": typeof types.QuoteDocument,
    "\n  query Quotes($first: Int!, $after: String, $search: String, $status: QuoteStatus) {\n    quotes(first: $first, after: $after, search: $search, status: $status) {\n      quotes {\n        id\n        number\n        status\n        total\n        currency\n        catalogName\n        createdAt\n        customer {\n          company\n          name\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.QuotesDocument,
    "\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": typeof types.ReviseQuoteDocument,
    "\n  mutation RevokeLink($quoteId: ID!, $linkId: ID!) {\n    revokeShareLink(quoteId: $quoteId, linkId: $linkId) {\n      ...QuoteFields\n    }\n  }\n": typeof types.RevokeLinkDocument,
    "\n  mutation SendQuote($id: ID!, $lockVersion: Int!) {\n    sendQuote(id: $id, lockVersion: $lockVersion) {\n      quote {\n        ...QuoteFields\n      }\n      link {\n        id\n        url\n      }\n    }\n  }\n": typeof types.SendQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $lockVersion: Int!, $input: QuoteInput!) {\n    updateQuote(id: $id, lockVersion: $lockVersion, input: $input) {\n      ...QuoteFields\n    }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.PlanPriceFragmentDoc,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {\n    approveQuoteDiscount(id: $id, lockVersion: $lockVersion) {\n      ...QuoteFields\n    }\n  }\n": types.ApproveQuoteDocument,
    "\n  query CatalogChoices {\n    catalogs {\n      slug\n      version\n      name\n      currency\n      licenseEditions {\n        key\n        label\n      }\n      plans {\n        key\n        name\n        availability\n        isTier\n        addOnTo\n        pricing {\n          kind\n          summary\n          packs {\n            credits\n            price\n          }\n        }\n      }\n    }\n  }\n": types.CatalogChoicesDocument,
    "\n  mutation CreateLink($quoteId: ID!) {\n    createShareLink(quoteId: $quoteId) {\n      id\n      url\n    }\n  }\n": types.CreateLinkDocument,
    "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n": types.CreateQuoteDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  fragment QuoteFields on Quote {\n    id\n    number\n    status\n    revision\n    lockVersion\n    catalogSlug\n    catalogName\n    catalogVersion\n    currency\n    total\n    validUntil\n    timeZone\n    approvalRequired\n    approved\n    supersededBy\n    decidedByName\n    acceptedOption\n    pdfUrl\n    createdAt\n    customer {\n      company\n      name\n      email\n    }\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      label\n      planKey\n      planName\n      addOnKeys\n      total\n      undiscounted\n      discountPercent\n      eligible\n      reasons\n      lines {\n        kind\n        planKey\n        label\n        detail\n        amount\n      }\n      creditPacks {\n        credits\n        quantity\n      }\n      customPrices {\n        planKey\n        amount\n      }\n      discounts {\n        lineIndex\n        kind\n        value\n        reason\n      }\n    }\n    shareLinks {\n      id\n      createdAt\n      revokedAt\n    }\n  }\n": types.QuoteFieldsFragmentDoc,
    "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": types.QuoteDocument,
    "\n  query Quotes($first: Int!, $after: String, $search: String, $status: QuoteStatus) {\n    quotes(first: $first, after: $after, search: $search, status: $status) {\n      quotes {\n        id\n        number\n        status\n        total\n        currency\n        catalogName\n        createdAt\n        customer {\n          company\n          name\n        }\n      }\n      nextCursor\n    }\n  }\n": types.QuotesDocument,
    "\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": types.ReviseQuoteDocument,
    "\n  mutation RevokeLink($quoteId: ID!, $linkId: ID!) {\n    revokeShareLink(quoteId: $quoteId, linkId: $linkId) {\n      ...QuoteFields\n    }\n  }\n": types.RevokeLinkDocument,
    "\n  mutation SendQuote($id: ID!, $lockVersion: Int!) {\n    sendQuote(id: $id, lockVersion: $lockVersion) {\n      quote {\n        ...QuoteFields\n      }\n      link {\n        id\n        url\n      }\n    }\n  }\n": types.SendQuoteDocument,
    "\n  mutation UpdateQuote($id: ID!, $lockVersion: Int!, $input: QuoteInput!) {\n    updateQuote(id: $id, lockVersion: $lockVersion, input: $input) {\n      ...QuoteFields\n    }\n  }\n": types.UpdateQuoteDocument,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": types.PlanPriceFragmentDoc,
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
export function graphql(source: "\n  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {\n    approveQuoteDiscount(id: $id, lockVersion: $lockVersion) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {\n    approveQuoteDiscount(id: $id, lockVersion: $lockVersion) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogChoices {\n    catalogs {\n      slug\n      version\n      name\n      currency\n      licenseEditions {\n        key\n        label\n      }\n      plans {\n        key\n        name\n        availability\n        isTier\n        addOnTo\n        pricing {\n          kind\n          summary\n          packs {\n            credits\n            price\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogChoices {\n    catalogs {\n      slug\n      version\n      name\n      currency\n      licenseEditions {\n        key\n        label\n      }\n      plans {\n        key\n        name\n        availability\n        isTier\n        addOnTo\n        pricing {\n          kind\n          summary\n          packs {\n            credits\n            price\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLink($quoteId: ID!) {\n    createShareLink(quoteId: $quoteId) {\n      id\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLink($quoteId: ID!) {\n    createShareLink(quoteId: $quoteId) {\n      id\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuote($input: QuoteInput!) {\n    createQuote(input: $input) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteFields on Quote {\n    id\n    number\n    status\n    revision\n    lockVersion\n    catalogSlug\n    catalogName\n    catalogVersion\n    currency\n    total\n    validUntil\n    timeZone\n    approvalRequired\n    approved\n    supersededBy\n    decidedByName\n    acceptedOption\n    pdfUrl\n    createdAt\n    customer {\n      company\n      name\n      email\n    }\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      label\n      planKey\n      planName\n      addOnKeys\n      total\n      undiscounted\n      discountPercent\n      eligible\n      reasons\n      lines {\n        kind\n        planKey\n        label\n        detail\n        amount\n      }\n      creditPacks {\n        credits\n        quantity\n      }\n      customPrices {\n        planKey\n        amount\n      }\n      discounts {\n        lineIndex\n        kind\n        value\n        reason\n      }\n    }\n    shareLinks {\n      id\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteFields on Quote {\n    id\n    number\n    status\n    revision\n    lockVersion\n    catalogSlug\n    catalogName\n    catalogVersion\n    currency\n    total\n    validUntil\n    timeZone\n    approvalRequired\n    approved\n    supersededBy\n    decidedByName\n    acceptedOption\n    pdfUrl\n    createdAt\n    customer {\n      company\n      name\n      email\n    }\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      label\n      planKey\n      planName\n      addOnKeys\n      total\n      undiscounted\n      discountPercent\n      eligible\n      reasons\n      lines {\n        kind\n        planKey\n        label\n        detail\n        amount\n      }\n      creditPacks {\n        credits\n        quantity\n      }\n      customPrices {\n        planKey\n        amount\n      }\n      discounts {\n        lineIndex\n        kind\n        value\n        reason\n      }\n    }\n    shareLinks {\n      id\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quotes($first: Int!, $after: String, $search: String, $status: QuoteStatus) {\n    quotes(first: $first, after: $after, search: $search, status: $status) {\n      quotes {\n        id\n        number\n        status\n        total\n        currency\n        catalogName\n        createdAt\n        customer {\n          company\n          name\n        }\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query Quotes($first: Int!, $after: String, $search: String, $status: QuoteStatus) {\n    quotes(first: $first, after: $after, search: $search, status: $status) {\n      quotes {\n        id\n        number\n        status\n        total\n        currency\n        catalogName\n        createdAt\n        customer {\n          company\n          name\n        }\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeLink($quoteId: ID!, $linkId: ID!) {\n    revokeShareLink(quoteId: $quoteId, linkId: $linkId) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeLink($quoteId: ID!, $linkId: ID!) {\n    revokeShareLink(quoteId: $quoteId, linkId: $linkId) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($id: ID!, $lockVersion: Int!) {\n    sendQuote(id: $id, lockVersion: $lockVersion) {\n      quote {\n        ...QuoteFields\n      }\n      link {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendQuote($id: ID!, $lockVersion: Int!) {\n    sendQuote(id: $id, lockVersion: $lockVersion) {\n      quote {\n        ...QuoteFields\n      }\n      link {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuote($id: ID!, $lockVersion: Int!, $input: QuoteInput!) {\n    updateQuote(id: $id, lockVersion: $lockVersion, input: $input) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuote($id: ID!, $lockVersion: Int!, $input: QuoteInput!) {\n    updateQuote(id: $id, lockVersion: $lockVersion, input: $input) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;