import { gql } from "@apollo/client";

export interface Me {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "SALES";
}

export const ME = gql`
  query Me {
    me {
      id
      email
      name
      role
    }
  }
`;

export const LOGIN = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      email
      name
      role
    }
  }
`;

export const LOGOUT = gql`
  mutation Logout {
    logout
  }
`;

export interface CatalogChoice {
  slug: string;
  version: number;
  name: string;
  currency: string;
  licenseEditions: { key: string; label: string }[];
  plans: {
    key: string;
    name: string;
    availability: string[];
    addOnTo: string[];
    pricing: { kind: string; summary: string; packs: { credits: number; price: string | null }[] };
  }[];
}

export const CATALOG_CHOICES = gql`
  query CatalogChoices {
    catalogs {
      slug
      version
      name
      currency
      licenseEditions {
        key
        label
      }
      plans {
        key
        name
        availability
        addOnTo
        pricing {
          kind
          summary
          packs {
            credits
            price
          }
        }
      }
    }
  }
`;

export interface QuoteLine {
  kind: string;
  planKey: string | null;
  label: string;
  detail: string;
  amount: string | null;
}

export interface QuoteData {
  id: string;
  number: string;
  status: string;
  revision: number;
  lockVersion: number;
  catalogSlug: string;
  catalogName: string;
  catalogVersion: number;
  currency: string;
  total: string | null;
  validUntil: string | null;
  timeZone: string;
  approvalRequired: boolean;
  approved: boolean;
  supersededBy: string | null;
  decidedByName: string | null;
  acceptedOption: number | null;
  pdfUrl: string;
  customer: { company: string; name: string; email: string };
  figures: {
    licensePrice: string | null;
    projectBudget: string | null;
    termYears: number;
    goLiveDate: string | null;
    agents: number | null;
    bots: number | null;
    licenseEdition: string | null;
  };
  guarantee: { days: number; startsOn: string | null; endsOn: string | null } | null;
  options: {
    label: string | null;
    planKey: string;
    planName: string;
    addOnKeys: string[];
    total: string | null;
    undiscounted: string | null;
    discountPercent: string;
    eligible: boolean;
    reasons: string[];
    lines: QuoteLine[];
    creditPacks: { credits: number; quantity: number }[];
    customPrices: { planKey: string; amount: string }[];
    discounts: { lineIndex: number | null; kind: string; value: string; reason: string }[];
  }[];
  shareLinks: { id: string; createdAt: string; revokedAt: string | null }[];
  createdAt: string;
}

const QUOTE_FIELDS = `
  id number status revision lockVersion catalogSlug catalogName catalogVersion currency total validUntil timeZone
  approvalRequired approved supersededBy decidedByName acceptedOption pdfUrl createdAt
  customer { company name email }
  figures { licensePrice projectBudget termYears goLiveDate agents bots licenseEdition }
  guarantee { days startsOn endsOn }
  options {
    label planKey planName addOnKeys total undiscounted discountPercent eligible reasons
    lines { kind planKey label detail amount }
    creditPacks { credits quantity }
    customPrices { planKey amount }
    discounts { lineIndex kind value reason }
  }
  shareLinks { id createdAt revokedAt }
`;

export const QUOTE = gql(`query Quote($id: ID!) { quote(id: $id) { ${QUOTE_FIELDS} } }`);
export const CREATE_QUOTE = gql(`mutation CreateQuote($input: QuoteInput!) { createQuote(input: $input) { ${QUOTE_FIELDS} } }`);
export const UPDATE_QUOTE = gql(`mutation UpdateQuote($id: ID!, $lockVersion: Int!, $input: QuoteInput!) {
  updateQuote(id: $id, lockVersion: $lockVersion, input: $input) { ${QUOTE_FIELDS} }
}`);
export const SEND_QUOTE = gql(`mutation SendQuote($id: ID!, $lockVersion: Int!) {
  sendQuote(id: $id, lockVersion: $lockVersion) { quote { ${QUOTE_FIELDS} } link { id url } }
}`);
export const REVISE_QUOTE = gql(`mutation ReviseQuote($id: ID!) { reviseQuote(id: $id) { ${QUOTE_FIELDS} } }`);
export const APPROVE_QUOTE = gql(`mutation ApproveQuote($id: ID!, $lockVersion: Int!) { approveQuoteDiscount(id: $id, lockVersion: $lockVersion) { ${QUOTE_FIELDS} } }`);
export const CREATE_LINK = gql(`mutation CreateLink($quoteId: ID!) { createShareLink(quoteId: $quoteId) { id url } }`);
export const REVOKE_LINK = gql(`mutation RevokeLink($quoteId: ID!, $linkId: ID!) { revokeShareLink(quoteId: $quoteId, linkId: $linkId) { ${QUOTE_FIELDS} } }`);

export interface QuoteRow {
  id: string;
  number: string;
  status: string;
  total: string | null;
  currency: string;
  catalogName: string;
  createdAt: string;
  customer: { company: string; name: string };
}

export const QUOTES = gql`
  query Quotes($first: Int!, $after: String, $search: String, $status: QuoteStatus) {
    quotes(first: $first, after: $after, search: $search, status: $status) {
      quotes {
        id
        number
        status
        total
        currency
        catalogName
        createdAt
        customer {
          company
          name
        }
      }
      nextCursor
    }
  }
`;

/** The first error's message, as the server worded it. */
export function errorMessage(error: unknown): string | null {
  if (!error) return null;
  const e = error as { errors?: { message: string }[]; message?: string };
  return e.errors?.[0]?.message ?? e.message ?? "Something went wrong";
}
