import type { PricingKind, SlaUnit, Weekday } from "../../../__generated__/admin/graphql.js";

/**
 * The draft document (the `JSON` scalar of `CatalogDraft.document`, in the import format of
 * server/domain/catalog.ts) as the editors read it.
 */
export interface Guidance {
  floor: string;
  listPrice: string | null;
}
export interface Pricing {
  kind: PricingKind;
  percent: string | null;
  amount: string | null;
  period: "YEAR" | "MONTH" | "ONE_TIME";
  minimum: string | null;
  maximum: string | null;
  packs: { credits: number; price: string | null; guidance?: Guidance | null }[];
  note: string | null;
  editorNote: string | null;
  guidance?: Guidance | null;
}
export interface Calendar {
  zones: string[];
  alwaysOpen: boolean;
  windows: { days: Weekday[]; start: string; end: string }[];
  holidays: string[];
  note: string | null;
}
export interface Target {
  amount: string;
  unit: SlaUnit;
  note: string | null;
}
export interface DocPlan {
  key: string;
  name: string;
  tagline: string | null;
  description: string | null;
  forYouIf: string[];
  availability: ("BASE" | "ADD_ON" | "INCLUDED")[];
  addOnTo: string[];
  includedWith: string | null;
  pricing: Pricing;
  calendar: Calendar | null;
  limits: { figure: "AGENTS" | "BOTS" | "PROJECT_BUDGET" | "LICENSE_PRICE"; comparison: "LESS_THAN" | "AT_MOST" | "MORE_THAN" | "AT_LEAST"; value: string }[];
  requiresEdition: string[];
  sla: Record<string, Target>;
  authorizedContacts: number | null;
  notes: string[];
}
export interface Cell {
  value: unknown;
  text: string | null;
  note: string | null;
  editorNote?: string | null;
}
export interface DocFeature {
  key: string;
  label: string;
  group: string | null;
  type: string;
  unit: string | null;
  /** Set on a derived row: its cells show a plan fact and hold no values. */
  source: { kind: string; priorities: string[] } | null;
  cells: Record<string, Cell>;
}
export interface Band {
  min: string;
  minInclusive: boolean;
  max: string | null;
  maxInclusive: boolean;
  days: number;
  label: string | null;
}
export interface DraftDocument {
  name: string;
  currency: string;
  vendor: string | null;
  description: string | null;
  guaranteeNote: string | null;
  notes: string[];
  licenseEditions: { key: string; label: string }[];
  plans: DocPlan[];
  featureGroups: { key: string; label: string }[];
  features: DocFeature[];
  priorities: { key: string; label: string; definition: string | null; examples: string[] }[];
  exclusions: { kind: "NOT_COVERED" | "NOT_INCLUDED" | "WARRANTY_VOID"; heading: string | null; text: string; plans: string[] }[];
  requestCategories: {
    key: string;
    label: string;
    description: string | null;
    rule: { kind: "FIXED" | "FROM" | "UPGRADE"; credits: number; perStep: number | null; includedSteps: number | null };
    needsConfirmation: boolean;
  }[];
  guaranteeBands: Band[];
}
