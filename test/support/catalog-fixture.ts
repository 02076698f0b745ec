import type { Catalog } from "../../server/domain/catalog.js";
import { readCatalog } from "../../server/domain/catalog-reader.js";

/** A small catalog in the document format, with every pricing kind, for engine tests. */
export const FIXTURE_DOC = {
  slug: "acme",
  name: "Acme Support",
  currency: "USD",
  licenseEditions: [
    { key: "pro", label: "PRO" },
    { key: "enterprise", label: "Enterprise" },
  ],
  priorities: [
    { key: "p1", label: "P1" },
    { key: "p2", label: "P2" },
  ],
  plans: [
    {
      key: "free",
      name: "Free",
      pricing: { kind: "INCLUDED" },
      limits: [
        { figure: "AGENTS", comparison: "LESS_THAN", value: "10" },
        { figure: "BOTS", comparison: "LESS_THAN", value: "5" },
      ],
      requiresEdition: ["pro"],
    },
    {
      key: "business",
      name: "Business",
      pricing: { kind: "PERCENT_OF_LICENSE", percent: "10" },
      calendar: { zones: ["+01:00", "-02:00"], windows: [{ days: ["MON", "TUE", "WED", "THU", "FRI"], start: "09:00", end: "18:00" }] },
      sla: { p1: { amount: "4", unit: "BUSINESS_HOURS" }, p2: { amount: "8", unit: "BUSINESS_HOURS" } },
    },
    {
      key: "project",
      name: "Project",
      pricing: { kind: "PERCENT_OF_PROJECT_BUDGET", percent: "12.5", minimum: "1000", maximum: "50000" },
    },
    { key: "monthly", name: "Monthly", pricing: { kind: "FIXED", amount: "99.99", period: "MONTH" } },
    {
      key: "setup",
      name: "Setup",
      availability: ["ADD_ON"],
      addOnTo: ["business", "monthly"],
      pricing: { kind: "FIXED", amount: "500", period: "ONE_TIME" },
    },
    {
      key: "custom",
      name: "Custom",
      availability: ["BASE", "ADD_ON"],
      addOnTo: ["business"],
      pricing: { kind: "QUOTE_BASED" },
    },
    {
      key: "credits",
      name: "Credits",
      availability: ["BASE", "ADD_ON"],
      addOnTo: ["business"],
      pricing: {
        kind: "CREDIT_PACKS",
        packs: [
          { credits: 25, price: "100" },
          { credits: 50, price: "180" },
          { credits: 100, price: "300" },
        ],
      },
    },
  ],
  requestCategories: [
    { key: "question", label: "Question", rule: { kind: "FIXED", credits: 5 } },
    { key: "change", label: "Change", rule: { kind: "FROM", credits: 20 }, needsConfirmation: true },
    { key: "upgrade", label: "Upgrade", rule: { kind: "UPGRADE", credits: 20, perStep: 5, includedSteps: 2 }, needsConfirmation: true },
  ],
  guaranteeBands: [
    { min: "0", minInclusive: true, max: "25000", maxInclusive: false, days: 30 },
    { min: "25000", minInclusive: true, max: "75000", maxInclusive: true, days: 60 },
    { min: "75000", minInclusive: false, max: null, days: 90 },
  ],
};

export function fixtureCatalog(patch: (doc: typeof FIXTURE_DOC) => unknown = (d) => d): Catalog {
  const doc = patch(structuredClone(FIXTURE_DOC));
  const { catalog, problems } = readCatalog(doc);
  if (problems.length > 0) throw new Error(`fixture does not read: ${JSON.stringify(problems)}`);
  return catalog;
}
