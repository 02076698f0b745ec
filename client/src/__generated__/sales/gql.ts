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
    "\n  fragment ApprovalPanel_Quote on Quote {\n    id\n    lockVersion\n    status\n    allowedActions\n    approval {\n      state\n      reasons\n      requestedBy {\n        id\n        name\n      }\n      requestedAt\n      note\n      approvedBy {\n        id\n        name\n      }\n      approvedAt\n      rejectedBy {\n        id\n        name\n      }\n      rejectedAt\n      rejectionReason\n    }\n  }\n": typeof types.ApprovalPanel_QuoteFragmentDoc,
    "\n  query ApprovalQueueCount {\n    quotes(first: 100, filter: { awaitingApproval: true }) {\n      quotes {\n        id\n      }\n      nextCursor\n    }\n  }\n": typeof types.ApprovalQueueCountDocument,
    "\n  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {\n    approveQuote(id: $id, lockVersion: $lockVersion) {\n      ...QuoteFields\n    }\n  }\n": typeof types.ApproveQuoteDocument,
    "\n  mutation AssignQuote($id: ID!, $ownerId: ID!) {\n    assignQuote(id: $id, ownerId: $ownerId) {\n      ...QuoteFields\n    }\n  }\n": typeof types.AssignQuoteDocument,
    "\n  query CatalogChoices {\n    catalogs {\n      slug\n      version\n      name\n      currency\n      figures\n      licenseEditions {\n        key\n        label\n      }\n      plans {\n        key\n        name\n        isTier\n        addOnKeys\n        calendar {\n          zones\n        }\n        pricing {\n          kind\n          summary\n          guidance {\n            floor\n            listPrice\n          }\n          packs {\n            credits\n            price\n            guidance {\n              floor\n              listPrice\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogChoicesDocument,
    "\n  mutation CreateLink($quoteId: ID!) {\n    createShareLink(quoteId: $quoteId) {\n      id\n      url\n    }\n  }\n": typeof types.CreateLinkDocument,
    "\n  mutation CreateQuote($input: QuoteInput!, $idempotencyKey: String) {\n    createQuote(input: $input, idempotencyKey: $idempotencyKey) {\n      ...QuoteFields\n    }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  mutation ExtendValidity($id: ID!, $lockVersion: Int, $validUntil: Date!) {\n    extendQuoteValidity(id: $id, lockVersion: $lockVersion, validUntil: $validUntil) {\n      ...QuoteFields\n    }\n  }\n": typeof types.ExtendValidityDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  query OrgZone {\n    settings {\n      timeZone\n    }\n  }\n": typeof types.OrgZoneDocument,
    "\n  fragment OwnerPanel_Quote on Quote {\n    id\n    allowedActions\n    owner {\n      id\n      name\n      email\n    }\n  }\n": typeof types.OwnerPanel_QuoteFragmentDoc,
    "\n  query PreviewQuote($input: QuoteInput!, $quoteId: ID) {\n    previewQuote(input: $input, quoteId: $quoteId) {\n      currency\n      catalogVersion\n      timeZone\n      options {\n        ...OptionTotals_QuoteOption\n        timeline {\n          ...TimelineDetails_QuoteTimeline\n        }\n      }\n      guarantee {\n        days\n        startsOn\n        endsOn\n      }\n      listFigure {\n        text\n      }\n      approvalRequired\n      approvalReasons\n      onRequest\n      warnings\n    }\n  }\n": typeof types.PreviewQuoteDocument,
    "\n  fragment QuoteActions_Quote on Quote {\n    id\n    lockVersion\n    status\n    pdfUrl\n    allowedActions\n    canSend\n    sendBlockers\n    priceToBeAgreed\n  }\n": typeof types.QuoteActions_QuoteFragmentDoc,
    "\n  fragment QuoteFields on Quote {\n    id\n    number\n    status\n    revision\n    lockVersion\n    catalogName\n    catalogVersion\n    currency\n    supersededBy\n    decidedByName\n    acceptedOption\n    warnings\n    listFigure {\n      text\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      ...OptionTotals_QuoteOption\n    }\n    ...QuoteForm_Quote\n    ...ApprovalPanel_Quote\n    ...QuoteActions_Quote\n    ...ShareLinks_Quote\n    ...QuoteTimeline_Quote\n    ...OwnerPanel_Quote\n  }\n": typeof types.QuoteFieldsFragmentDoc,
    "\n  fragment QuoteForm_Quote on Quote {\n    catalogSlug\n    timeZone\n    validUntil\n    customer {\n      company\n      name\n      email\n    }\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    options {\n      label\n      planKey\n      addOnKeys\n      creditPacks {\n        credits\n        quantity\n        agreedPrice\n      }\n      customPrices {\n        planKey\n        amount\n      }\n      discounts {\n        lineKey\n        kind\n        value\n        label\n        reason\n      }\n    }\n  }\n": typeof types.QuoteForm_QuoteFragmentDoc,
    "\n  fragment OptionTotals_QuoteOption on QuoteOption {\n    label\n    planKey\n    planName\n    total\n    undiscounted\n    discountPercent\n    eligible\n    reasons\n    lines {\n      key\n      kind\n      label\n      detail\n      amount\n    }\n    discountTargets {\n      lineKey\n      label\n    }\n  }\n": typeof types.OptionTotals_QuoteOptionFragmentDoc,
    "\n  fragment QuoteTimeline_Quote on Quote {\n    id\n    status\n    lockVersion\n    validUntil\n    timeZone\n    timeline {\n      ...TimelineDetails_QuoteTimeline\n    }\n  }\n": typeof types.QuoteTimeline_QuoteFragmentDoc,
    "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": typeof types.QuoteDocument,
    "\n  query Quotes($first: Int!, $after: String, $search: String, $filter: QuoteFilterInput) {\n    quotes(first: $first, after: $after, search: $search, filter: $filter) {\n      quotes {\n        id\n        number\n        status\n        catalogName\n        validUntil\n        listFigure {\n          text\n        }\n        owner {\n          id\n          name\n        }\n        approval {\n          state\n        }\n        customer {\n          company\n          name\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.QuotesDocument,
    "\n  mutation RejectQuote($id: ID!, $lockVersion: Int!, $reason: String!) {\n    rejectQuote(id: $id, lockVersion: $lockVersion, reason: $reason) {\n      ...QuoteFields\n    }\n  }\n": typeof types.RejectQuoteDocument,
    "\n  mutation RequestApproval($id: ID!, $note: String) {\n    requestQuoteApproval(id: $id, note: $note) {\n      ...QuoteFields\n    }\n  }\n": typeof types.RequestApprovalDocument,
    "\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": typeof types.ReviseQuoteDocument,
    "\n  mutation RevokeLink($quoteId: ID!, $linkId: ID!) {\n    revokeShareLink(quoteId: $quoteId, linkId: $linkId) {\n      ...QuoteFields\n    }\n  }\n": typeof types.RevokeLinkDocument,
    "\n  query SalesUsers {\n    users {\n      id\n      name\n      role\n      disabled\n    }\n  }\n": typeof types.SalesUsersDocument,
    "\n  mutation SendQuote($id: ID!, $lockVersion: Int!, $priceToBeAgreed: Boolean!, $idempotencyKey: String) {\n    sendQuote(id: $id, lockVersion: $lockVersion, priceToBeAgreed: $priceToBeAgreed, idempotencyKey: $idempotencyKey) {\n      quote {\n        ...QuoteFields\n      }\n      link {\n        id\n        url\n      }\n    }\n  }\n": typeof types.SendQuoteDocument,
    "\n  fragment ShareLinks_Quote on Quote {\n    id\n    allowedActions\n    shareLinks {\n      id\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.ShareLinks_QuoteFragmentDoc,
    "\n  fragment TimelineDetails_QuoteTimeline on QuoteTimeline {\n    steps {\n      label\n      startsOn\n      endsOn\n    }\n    exampleNote\n    slaExamples {\n      priorityKey\n      priorityLabel\n      text\n    }\n    rounding\n  }\n": typeof types.TimelineDetails_QuoteTimelineFragmentDoc,
    "\n  mutation UpdateQuote($id: ID!, $lockVersion: Int!, $input: QuoteInput!) {\n    updateQuote(id: $id, lockVersion: $lockVersion, input: $input) {\n      ...QuoteFields\n    }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  fragment PlanPrice on PricedQuote {\n    total\n    eligible\n    reasons\n    instantQuote\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    supportPeriod {\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.PlanPriceFragmentDoc,
    "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n": typeof types.PlanPricesDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ApprovalPanel_Quote on Quote {\n    id\n    lockVersion\n    status\n    allowedActions\n    approval {\n      state\n      reasons\n      requestedBy {\n        id\n        name\n      }\n      requestedAt\n      note\n      approvedBy {\n        id\n        name\n      }\n      approvedAt\n      rejectedBy {\n        id\n        name\n      }\n      rejectedAt\n      rejectionReason\n    }\n  }\n": types.ApprovalPanel_QuoteFragmentDoc,
    "\n  query ApprovalQueueCount {\n    quotes(first: 100, filter: { awaitingApproval: true }) {\n      quotes {\n        id\n      }\n      nextCursor\n    }\n  }\n": types.ApprovalQueueCountDocument,
    "\n  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {\n    approveQuote(id: $id, lockVersion: $lockVersion) {\n      ...QuoteFields\n    }\n  }\n": types.ApproveQuoteDocument,
    "\n  mutation AssignQuote($id: ID!, $ownerId: ID!) {\n    assignQuote(id: $id, ownerId: $ownerId) {\n      ...QuoteFields\n    }\n  }\n": types.AssignQuoteDocument,
    "\n  query CatalogChoices {\n    catalogs {\n      slug\n      version\n      name\n      currency\n      figures\n      licenseEditions {\n        key\n        label\n      }\n      plans {\n        key\n        name\n        isTier\n        addOnKeys\n        calendar {\n          zones\n        }\n        pricing {\n          kind\n          summary\n          guidance {\n            floor\n            listPrice\n          }\n          packs {\n            credits\n            price\n            guidance {\n              floor\n              listPrice\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CatalogChoicesDocument,
    "\n  mutation CreateLink($quoteId: ID!) {\n    createShareLink(quoteId: $quoteId) {\n      id\n      url\n    }\n  }\n": types.CreateLinkDocument,
    "\n  mutation CreateQuote($input: QuoteInput!, $idempotencyKey: String) {\n    createQuote(input: $input, idempotencyKey: $idempotencyKey) {\n      ...QuoteFields\n    }\n  }\n": types.CreateQuoteDocument,
    "\n  mutation ExtendValidity($id: ID!, $lockVersion: Int, $validUntil: Date!) {\n    extendQuoteValidity(id: $id, lockVersion: $lockVersion, validUntil: $validUntil) {\n      ...QuoteFields\n    }\n  }\n": types.ExtendValidityDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionUser\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  query OrgZone {\n    settings {\n      timeZone\n    }\n  }\n": types.OrgZoneDocument,
    "\n  fragment OwnerPanel_Quote on Quote {\n    id\n    allowedActions\n    owner {\n      id\n      name\n      email\n    }\n  }\n": types.OwnerPanel_QuoteFragmentDoc,
    "\n  query PreviewQuote($input: QuoteInput!, $quoteId: ID) {\n    previewQuote(input: $input, quoteId: $quoteId) {\n      currency\n      catalogVersion\n      timeZone\n      options {\n        ...OptionTotals_QuoteOption\n        timeline {\n          ...TimelineDetails_QuoteTimeline\n        }\n      }\n      guarantee {\n        days\n        startsOn\n        endsOn\n      }\n      listFigure {\n        text\n      }\n      approvalRequired\n      approvalReasons\n      onRequest\n      warnings\n    }\n  }\n": types.PreviewQuoteDocument,
    "\n  fragment QuoteActions_Quote on Quote {\n    id\n    lockVersion\n    status\n    pdfUrl\n    allowedActions\n    canSend\n    sendBlockers\n    priceToBeAgreed\n  }\n": types.QuoteActions_QuoteFragmentDoc,
    "\n  fragment QuoteFields on Quote {\n    id\n    number\n    status\n    revision\n    lockVersion\n    catalogName\n    catalogVersion\n    currency\n    supersededBy\n    decidedByName\n    acceptedOption\n    warnings\n    listFigure {\n      text\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      ...OptionTotals_QuoteOption\n    }\n    ...QuoteForm_Quote\n    ...ApprovalPanel_Quote\n    ...QuoteActions_Quote\n    ...ShareLinks_Quote\n    ...QuoteTimeline_Quote\n    ...OwnerPanel_Quote\n  }\n": types.QuoteFieldsFragmentDoc,
    "\n  fragment QuoteForm_Quote on Quote {\n    catalogSlug\n    timeZone\n    validUntil\n    customer {\n      company\n      name\n      email\n    }\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    options {\n      label\n      planKey\n      addOnKeys\n      creditPacks {\n        credits\n        quantity\n        agreedPrice\n      }\n      customPrices {\n        planKey\n        amount\n      }\n      discounts {\n        lineKey\n        kind\n        value\n        label\n        reason\n      }\n    }\n  }\n": types.QuoteForm_QuoteFragmentDoc,
    "\n  fragment OptionTotals_QuoteOption on QuoteOption {\n    label\n    planKey\n    planName\n    total\n    undiscounted\n    discountPercent\n    eligible\n    reasons\n    lines {\n      key\n      kind\n      label\n      detail\n      amount\n    }\n    discountTargets {\n      lineKey\n      label\n    }\n  }\n": types.OptionTotals_QuoteOptionFragmentDoc,
    "\n  fragment QuoteTimeline_Quote on Quote {\n    id\n    status\n    lockVersion\n    validUntil\n    timeZone\n    timeline {\n      ...TimelineDetails_QuoteTimeline\n    }\n  }\n": types.QuoteTimeline_QuoteFragmentDoc,
    "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": types.QuoteDocument,
    "\n  query Quotes($first: Int!, $after: String, $search: String, $filter: QuoteFilterInput) {\n    quotes(first: $first, after: $after, search: $search, filter: $filter) {\n      quotes {\n        id\n        number\n        status\n        catalogName\n        validUntil\n        listFigure {\n          text\n        }\n        owner {\n          id\n          name\n        }\n        approval {\n          state\n        }\n        customer {\n          company\n          name\n        }\n      }\n      nextCursor\n    }\n  }\n": types.QuotesDocument,
    "\n  mutation RejectQuote($id: ID!, $lockVersion: Int!, $reason: String!) {\n    rejectQuote(id: $id, lockVersion: $lockVersion, reason: $reason) {\n      ...QuoteFields\n    }\n  }\n": types.RejectQuoteDocument,
    "\n  mutation RequestApproval($id: ID!, $note: String) {\n    requestQuoteApproval(id: $id, note: $note) {\n      ...QuoteFields\n    }\n  }\n": types.RequestApprovalDocument,
    "\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      ...QuoteFields\n    }\n  }\n": types.ReviseQuoteDocument,
    "\n  mutation RevokeLink($quoteId: ID!, $linkId: ID!) {\n    revokeShareLink(quoteId: $quoteId, linkId: $linkId) {\n      ...QuoteFields\n    }\n  }\n": types.RevokeLinkDocument,
    "\n  query SalesUsers {\n    users {\n      id\n      name\n      role\n      disabled\n    }\n  }\n": types.SalesUsersDocument,
    "\n  mutation SendQuote($id: ID!, $lockVersion: Int!, $priceToBeAgreed: Boolean!, $idempotencyKey: String) {\n    sendQuote(id: $id, lockVersion: $lockVersion, priceToBeAgreed: $priceToBeAgreed, idempotencyKey: $idempotencyKey) {\n      quote {\n        ...QuoteFields\n      }\n      link {\n        id\n        url\n      }\n    }\n  }\n": types.SendQuoteDocument,
    "\n  fragment ShareLinks_Quote on Quote {\n    id\n    allowedActions\n    shareLinks {\n      id\n      createdAt\n      revokedAt\n    }\n  }\n": types.ShareLinks_QuoteFragmentDoc,
    "\n  fragment TimelineDetails_QuoteTimeline on QuoteTimeline {\n    steps {\n      label\n      startsOn\n      endsOn\n    }\n    exampleNote\n    slaExamples {\n      priorityKey\n      priorityLabel\n      text\n    }\n    rounding\n  }\n": types.TimelineDetails_QuoteTimelineFragmentDoc,
    "\n  mutation UpdateQuote($id: ID!, $lockVersion: Int!, $input: QuoteInput!) {\n    updateQuote(id: $id, lockVersion: $lockVersion, input: $input) {\n      ...QuoteFields\n    }\n  }\n": types.UpdateQuoteDocument,
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
export function graphql(source: "\n  fragment ApprovalPanel_Quote on Quote {\n    id\n    lockVersion\n    status\n    allowedActions\n    approval {\n      state\n      reasons\n      requestedBy {\n        id\n        name\n      }\n      requestedAt\n      note\n      approvedBy {\n        id\n        name\n      }\n      approvedAt\n      rejectedBy {\n        id\n        name\n      }\n      rejectedAt\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  fragment ApprovalPanel_Quote on Quote {\n    id\n    lockVersion\n    status\n    allowedActions\n    approval {\n      state\n      reasons\n      requestedBy {\n        id\n        name\n      }\n      requestedAt\n      note\n      approvedBy {\n        id\n        name\n      }\n      approvedAt\n      rejectedBy {\n        id\n        name\n      }\n      rejectedAt\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueueCount {\n    quotes(first: 100, filter: { awaitingApproval: true }) {\n      quotes {\n        id\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query ApprovalQueueCount {\n    quotes(first: 100, filter: { awaitingApproval: true }) {\n      quotes {\n        id\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {\n    approveQuote(id: $id, lockVersion: $lockVersion) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveQuote($id: ID!, $lockVersion: Int!) {\n    approveQuote(id: $id, lockVersion: $lockVersion) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignQuote($id: ID!, $ownerId: ID!) {\n    assignQuote(id: $id, ownerId: $ownerId) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignQuote($id: ID!, $ownerId: ID!) {\n    assignQuote(id: $id, ownerId: $ownerId) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogChoices {\n    catalogs {\n      slug\n      version\n      name\n      currency\n      figures\n      licenseEditions {\n        key\n        label\n      }\n      plans {\n        key\n        name\n        isTier\n        addOnKeys\n        calendar {\n          zones\n        }\n        pricing {\n          kind\n          summary\n          guidance {\n            floor\n            listPrice\n          }\n          packs {\n            credits\n            price\n            guidance {\n              floor\n              listPrice\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogChoices {\n    catalogs {\n      slug\n      version\n      name\n      currency\n      figures\n      licenseEditions {\n        key\n        label\n      }\n      plans {\n        key\n        name\n        isTier\n        addOnKeys\n        calendar {\n          zones\n        }\n        pricing {\n          kind\n          summary\n          guidance {\n            floor\n            listPrice\n          }\n          packs {\n            credits\n            price\n            guidance {\n              floor\n              listPrice\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLink($quoteId: ID!) {\n    createShareLink(quoteId: $quoteId) {\n      id\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLink($quoteId: ID!) {\n    createShareLink(quoteId: $quoteId) {\n      id\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: QuoteInput!, $idempotencyKey: String) {\n    createQuote(input: $input, idempotencyKey: $idempotencyKey) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuote($input: QuoteInput!, $idempotencyKey: String) {\n    createQuote(input: $input, idempotencyKey: $idempotencyKey) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendValidity($id: ID!, $lockVersion: Int, $validUntil: Date!) {\n    extendQuoteValidity(id: $id, lockVersion: $lockVersion, validUntil: $validUntil) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendValidity($id: ID!, $lockVersion: Int, $validUntil: Date!) {\n    extendQuoteValidity(id: $id, lockVersion: $lockVersion, validUntil: $validUntil) {\n      ...QuoteFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrgZone {\n    settings {\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query OrgZone {\n    settings {\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnerPanel_Quote on Quote {\n    id\n    allowedActions\n    owner {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment OwnerPanel_Quote on Quote {\n    id\n    allowedActions\n    owner {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewQuote($input: QuoteInput!, $quoteId: ID) {\n    previewQuote(input: $input, quoteId: $quoteId) {\n      currency\n      catalogVersion\n      timeZone\n      options {\n        ...OptionTotals_QuoteOption\n        timeline {\n          ...TimelineDetails_QuoteTimeline\n        }\n      }\n      guarantee {\n        days\n        startsOn\n        endsOn\n      }\n      listFigure {\n        text\n      }\n      approvalRequired\n      approvalReasons\n      onRequest\n      warnings\n    }\n  }\n"): (typeof documents)["\n  query PreviewQuote($input: QuoteInput!, $quoteId: ID) {\n    previewQuote(input: $input, quoteId: $quoteId) {\n      currency\n      catalogVersion\n      timeZone\n      options {\n        ...OptionTotals_QuoteOption\n        timeline {\n          ...TimelineDetails_QuoteTimeline\n        }\n      }\n      guarantee {\n        days\n        startsOn\n        endsOn\n      }\n      listFigure {\n        text\n      }\n      approvalRequired\n      approvalReasons\n      onRequest\n      warnings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteActions_Quote on Quote {\n    id\n    lockVersion\n    status\n    pdfUrl\n    allowedActions\n    canSend\n    sendBlockers\n    priceToBeAgreed\n  }\n"): (typeof documents)["\n  fragment QuoteActions_Quote on Quote {\n    id\n    lockVersion\n    status\n    pdfUrl\n    allowedActions\n    canSend\n    sendBlockers\n    priceToBeAgreed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteFields on Quote {\n    id\n    number\n    status\n    revision\n    lockVersion\n    catalogName\n    catalogVersion\n    currency\n    supersededBy\n    decidedByName\n    acceptedOption\n    warnings\n    listFigure {\n      text\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      ...OptionTotals_QuoteOption\n    }\n    ...QuoteForm_Quote\n    ...ApprovalPanel_Quote\n    ...QuoteActions_Quote\n    ...ShareLinks_Quote\n    ...QuoteTimeline_Quote\n    ...OwnerPanel_Quote\n  }\n"): (typeof documents)["\n  fragment QuoteFields on Quote {\n    id\n    number\n    status\n    revision\n    lockVersion\n    catalogName\n    catalogVersion\n    currency\n    supersededBy\n    decidedByName\n    acceptedOption\n    warnings\n    listFigure {\n      text\n    }\n    guarantee {\n      days\n      startsOn\n      endsOn\n    }\n    options {\n      ...OptionTotals_QuoteOption\n    }\n    ...QuoteForm_Quote\n    ...ApprovalPanel_Quote\n    ...QuoteActions_Quote\n    ...ShareLinks_Quote\n    ...QuoteTimeline_Quote\n    ...OwnerPanel_Quote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteForm_Quote on Quote {\n    catalogSlug\n    timeZone\n    validUntil\n    customer {\n      company\n      name\n      email\n    }\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    options {\n      label\n      planKey\n      addOnKeys\n      creditPacks {\n        credits\n        quantity\n        agreedPrice\n      }\n      customPrices {\n        planKey\n        amount\n      }\n      discounts {\n        lineKey\n        kind\n        value\n        label\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteForm_Quote on Quote {\n    catalogSlug\n    timeZone\n    validUntil\n    customer {\n      company\n      name\n      email\n    }\n    figures {\n      licensePrice\n      projectBudget\n      termYears\n      goLiveDate\n      agents\n      bots\n      licenseEdition\n    }\n    options {\n      label\n      planKey\n      addOnKeys\n      creditPacks {\n        credits\n        quantity\n        agreedPrice\n      }\n      customPrices {\n        planKey\n        amount\n      }\n      discounts {\n        lineKey\n        kind\n        value\n        label\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OptionTotals_QuoteOption on QuoteOption {\n    label\n    planKey\n    planName\n    total\n    undiscounted\n    discountPercent\n    eligible\n    reasons\n    lines {\n      key\n      kind\n      label\n      detail\n      amount\n    }\n    discountTargets {\n      lineKey\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment OptionTotals_QuoteOption on QuoteOption {\n    label\n    planKey\n    planName\n    total\n    undiscounted\n    discountPercent\n    eligible\n    reasons\n    lines {\n      key\n      kind\n      label\n      detail\n      amount\n    }\n    discountTargets {\n      lineKey\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteTimeline_Quote on Quote {\n    id\n    status\n    lockVersion\n    validUntil\n    timeZone\n    timeline {\n      ...TimelineDetails_QuoteTimeline\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteTimeline_Quote on Quote {\n    id\n    status\n    lockVersion\n    validUntil\n    timeZone\n    timeline {\n      ...TimelineDetails_QuoteTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  query Quote($id: ID!) {\n    quote(id: $id) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quotes($first: Int!, $after: String, $search: String, $filter: QuoteFilterInput) {\n    quotes(first: $first, after: $after, search: $search, filter: $filter) {\n      quotes {\n        id\n        number\n        status\n        catalogName\n        validUntil\n        listFigure {\n          text\n        }\n        owner {\n          id\n          name\n        }\n        approval {\n          state\n        }\n        customer {\n          company\n          name\n        }\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query Quotes($first: Int!, $after: String, $search: String, $filter: QuoteFilterInput) {\n    quotes(first: $first, after: $after, search: $search, filter: $filter) {\n      quotes {\n        id\n        number\n        status\n        catalogName\n        validUntil\n        listFigure {\n          text\n        }\n        owner {\n          id\n          name\n        }\n        approval {\n          state\n        }\n        customer {\n          company\n          name\n        }\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectQuote($id: ID!, $lockVersion: Int!, $reason: String!) {\n    rejectQuote(id: $id, lockVersion: $lockVersion, reason: $reason) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectQuote($id: ID!, $lockVersion: Int!, $reason: String!) {\n    rejectQuote(id: $id, lockVersion: $lockVersion, reason: $reason) {\n      ...QuoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestApproval($id: ID!, $note: String) {\n    requestQuoteApproval(id: $id, note: $note) {\n      ...QuoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestApproval($id: ID!, $note: String) {\n    requestQuoteApproval(id: $id, note: $note) {\n      ...QuoteFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query SalesUsers {\n    users {\n      id\n      name\n      role\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query SalesUsers {\n    users {\n      id\n      name\n      role\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($id: ID!, $lockVersion: Int!, $priceToBeAgreed: Boolean!, $idempotencyKey: String) {\n    sendQuote(id: $id, lockVersion: $lockVersion, priceToBeAgreed: $priceToBeAgreed, idempotencyKey: $idempotencyKey) {\n      quote {\n        ...QuoteFields\n      }\n      link {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendQuote($id: ID!, $lockVersion: Int!, $priceToBeAgreed: Boolean!, $idempotencyKey: String) {\n    sendQuote(id: $id, lockVersion: $lockVersion, priceToBeAgreed: $priceToBeAgreed, idempotencyKey: $idempotencyKey) {\n      quote {\n        ...QuoteFields\n      }\n      link {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareLinks_Quote on Quote {\n    id\n    allowedActions\n    shareLinks {\n      id\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ShareLinks_Quote on Quote {\n    id\n    allowedActions\n    shareLinks {\n      id\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineDetails_QuoteTimeline on QuoteTimeline {\n    steps {\n      label\n      startsOn\n      endsOn\n    }\n    exampleNote\n    slaExamples {\n      priorityKey\n      priorityLabel\n      text\n    }\n    rounding\n  }\n"): (typeof documents)["\n  fragment TimelineDetails_QuoteTimeline on QuoteTimeline {\n    steps {\n      label\n      startsOn\n      endsOn\n    }\n    exampleNote\n    slaExamples {\n      priorityKey\n      priorityLabel\n      text\n    }\n    rounding\n  }\n"];
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
export function graphql(source: "\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanPrices($input: PlanPricesInput!) {\n    planPrices(input: $input) {\n      planKey\n      unpricedReason\n      quote {\n        ...PlanPrice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    role\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;