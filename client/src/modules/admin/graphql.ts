import { gql } from "@apollo/client";

export interface AdminCatalogRow {
  slug: string;
  name: string;
  currency: string;
  revision: number;
  publishedVersion: number | null;
  hasUnpublishedChanges: boolean;
  problemCount: number;
}

export const ADMIN_CATALOGS = gql`
  query AdminCatalogs {
    adminCatalogs {
      slug
      name
      currency
      revision
      publishedVersion
      hasUnpublishedChanges
      problemCount
    }
  }
`;

export const CREATE_CATALOG = gql`
  mutation CreateCatalog($slug: String!, $name: String!, $currency: String!) {
    createCatalog(slug: $slug, name: $name, currency: $currency) {
      slug
    }
  }
`;

/** The parts of a draft document the matrix editor reads (server/domain/catalog.ts). */
export interface DraftDocument {
  name: string;
  currency: string;
  plans: { key: string; name: string; pricing: { kind: string; percent: string | null; amount: string | null; [k: string]: unknown } }[];
  features: {
    key: string;
    label: string;
    type: string;
    /** Set on a derived row: its cells show a plan fact and hold no values. */
    source: { kind: string; priorities: string[] } | null;
    cells: Record<string, { value: unknown; text: string | null; note: string | null }>;
  }[];
  priorities: { key: string; label: string }[];
}

export interface Draft {
  slug: string;
  revision: number;
  publishedVersion: number | null;
  document: DraftDocument;
  /** Warnings are listed with the problems but do not keep the draft from being published. */
  problems: { path: string; message: string; warning: boolean }[];
  /** The draft as the public page would read it; null while it cannot be formatted. */
  preview: { features: { key: string; source: { summary: string } | null; cells: { planKey: string; display: string | null }[] }[] } | null;
}

const DRAFT_FIELDS = `slug revision publishedVersion document problems { path message warning }
  preview { features { key source { summary } cells { planKey display } } }`;

export const DRAFT = gql(`query Draft($slug: String!) { catalogDraft(slug: $slug) { ${DRAFT_FIELDS} } }`);

export const CHANGES = gql`
  query DraftChanges($slug: String!, $from: Int!) {
    catalogDiff(slug: $slug, from: $from) {
      changes {
        kind
        summary
      }
    }
  }
`;

export const SET_CELL = gql(`mutation SetCell($slug: String!, $revision: Int!, $featureKey: String!, $planKey: String!, $cell: CellInput) {
  setCell(slug: $slug, revision: $revision, featureKey: $featureKey, planKey: $planKey, cell: $cell) { ${DRAFT_FIELDS} }
}`);

export const UPDATE_PLAN = gql(`mutation UpdatePlanPricing($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) {
  updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) { ${DRAFT_FIELDS} }
}`);

export const ADD_FEATURE = gql(`mutation AddFeature($slug: String!, $revision: Int!, $feature: FeatureInput!) {
  addFeature(slug: $slug, revision: $revision, feature: $feature) { ${DRAFT_FIELDS} }
}`);

export const PUBLISH = gql`
  mutation Publish($slug: String!, $revision: Int!) {
    publishCatalog(slug: $slug, revision: $revision) {
      slug
      publishedVersion
    }
  }
`;

export const VERSIONS = gql`
  query CatalogVersions($slug: String!) {
    catalogVersions(slug: $slug) {
      number
      publishedAt
      publishedBy
    }
  }
`;

export const VERSION_DIFF = gql`
  query VersionDiff($slug: String!, $from: Int!, $to: Int) {
    catalogDiff(slug: $slug, from: $from, to: $to) {
      from
      to
      changes {
        kind
        summary
      }
    }
  }
`;

export const AUDIT = gql`
  query CatalogAudit($key: String!, $after: String) {
    auditLog(first: 20, entity: "catalog", entityKey: $key, after: $after) {
      entries {
        id
        at
        actorEmail
        action
        summary
      }
      nextCursor
    }
  }
`;

export const EXPORT = gql`
  query ExportCatalog($slug: String!, $version: Int) {
    exportCatalog(slug: $slug, version: $version)
  }
`;

export const IMPORT = gql`
  mutation ImportCatalog($document: JSON!, $slug: String, $publish: Boolean!) {
    importCatalog(document: $document, slug: $slug, publish: $publish) {
      slug
      publishedVersion
    }
  }
`;

export const REPLACE_DRAFT = gql`
  mutation ReplaceDraft($document: JSON!, $slug: String!, $revision: Int!) {
    importCatalog(document: $document, slug: $slug, replaceDraftOf: $revision, publish: false) {
      slug
      revision
    }
  }
`;
