import { describe, expect, it } from "vitest";
import beesenderJson from "../../server/db/demo/beesender.json" with { type: "json" };
import type { Catalog } from "../../server/domain/catalog.js";
import { readCatalog } from "../../server/domain/catalog-reader.js";
import { diffCatalogs, sameCatalog } from "../../server/domain/catalog-diff.js";
import { fixtureCatalog } from "../support/catalog-fixture.js";

const beesender = (): Catalog => readCatalog(beesenderJson).catalog;

function changed(a: Catalog, edit: (c: Catalog) => void): string[] {
  const b = structuredClone(a);
  edit(b);
  return diffCatalogs(a, b).map((c) => c.summary);
}

const plan = (c: Catalog, key: string) => c.plans.find((p) => p.key === key)!;
const row = (c: Catalog, key: string) => c.features.find((f) => f.key === key)!;

describe("catalog differences in words", () => {
  it("finds nothing between a catalog and its copy, whatever the order of object keys", () => {
    const a = beesender();
    const b = JSON.parse(JSON.stringify(a, Object.keys(a).reverse())) as Catalog;
    expect(diffCatalogs(a, structuredClone(a))).toEqual([]);
    expect(sameCatalog(a, { ...b, ...a })).toBe(true);
  });

  it("says how a price changed", () => {
    const a = beesender();
    expect(changed(a, (c) => (plan(c, "business").pricing.percent = "12"))).toEqual(["Business: 10% → 12% of the license price"]);
    expect(changed(a, (c) => (plan(c, "basic").pricing = { ...plan(c, "basic").pricing, kind: "FIXED", amount: "1200", period: "MONTH" }))).toEqual([
      "Basic: included → 1,200.00 USD a month",
    ]);
    expect(changed(a, (c) => (plan(c, "business").pricing.minimum = "500"))).toEqual(["Business: minimum price none → 500.00 USD"]);
  });

  it("reads a changed cell as a person reads the matrix", () => {
    const a = beesender();
    const label = row(a, "users-questions").label;
    const b = structuredClone(a);
    const cell = (value: boolean) => ({ value, text: null, note: null, editorNote: null, shape: null });
    row(b, "users-questions").cells.basic = cell(true);
    delete row(b, "developer-meetings").cells.premium;
    expect(diffCatalogs(a, b)).toEqual([
      {
        area: "CELL",
        key: "users-questions/basic",
        kind: "CHANGED",
        summary: `Basic · ${label}: ✗ → ✓`,
        before: cell(false),
        after: cell(true),
      },
      {
        area: "CELL",
        key: "developer-meetings/premium",
        kind: "REMOVED",
        summary: "Premium · Meetings with developers: ✓ → —",
        before: cell(true),
        after: null,
      },
    ]);
  });

  it("words a derived row's changes as changes of the fact it shows, once", () => {
    const a = beesender();
    expect(changed(a, (c) => (plan(c, "premium").authorizedContacts = 20))).toEqual(["Premium: authorized contacts 15 → 20"]);
    expect(changed(a, (c) => (plan(c, "business").sla.p3.amount = "3"))).toEqual(["Business · P3 response: 4 business hours → 3 business hours"]);
    expect(changed(a, (c) => (row(c, "package-cost").cells.business.text = "{percent}% of the license price"))).toEqual([
      'Business · Package cost, % of the subscription cost: wording "{percent}% of the licenses price" → "{percent}% of the license price"',
    ]);
    expect(changed(a, (c) => (row(c, "authorized-contacts").source = null))).toEqual([
      "Number of authorized contacts eligible to submit support cases: shows authorized contacts → free text",
    ]);
  });

  it("names response-time, hours and eligibility changes", () => {
    const a = beesender();
    expect(changed(a, (c) => (plan(c, "business").sla.p1.amount = "2"))).toEqual(["Business · P1 response: 1 business hour → 2 business hours"]);
    expect(changed(a, (c) => delete plan(c, "business").sla.p4)).toEqual(["Business · P4 response: 4 business hours → —"]);
    expect(changed(a, (c) => (plan(c, "business").calendar = { ...plan(c, "business").calendar!, alwaysOpen: true, windows: [] }))).toEqual([
      "Business: support hours every day 09:00–18:00 (+01:00, +02:00, +03:00, +08:00, +10:00, -02:00) → 24/7",
    ]);
    expect(changed(a, (c) => plan(c, "basic").limits.push({ figure: "AGENTS", comparison: "LESS_THAN", value: "10" }))).toEqual([
      "Basic: eligibility no limits → less than 10 agents",
    ]);
  });

  it("lists plans, rows, exclusions and priorities added or removed, and reordering", () => {
    const a = fixtureCatalog();
    expect(
      changed(a, (c) => {
        c.plans.splice(3, 1); // Monthly
        c.plans.push({ ...c.plans[0], key: "gold", name: "Gold", pricing: { ...c.plans[0].pricing, kind: "QUOTE_BASED" } });
        c.features.push({ key: "phone", label: "Phone support", group: null, type: "BOOLEAN", unit: null, note: null, source: null, cells: {} });
        c.exclusions.push({ kind: "WARRANTY_VOID", heading: null, text: "Changes made by third parties", plans: [] });
        c.priorities.reverse();
        c.priorities[0].label = "Second";
      }),
    ).toEqual([
      "Plan removed: Monthly",
      "Plan added: Gold (price on request)",
      "Row added: Phone support",
      'Exclusion added: "Changes made by third parties"',
      'Priority "P2" renamed to "Second"',
      "Priority order: P1, P2 → Second, P1",
    ]);
    expect(changed(a, (c) => c.plans.reverse())).toEqual(["Plan order: Free, Business, Project, Monthly, Setup, Custom, Credits → Credits, Custom, Setup, Monthly, Project, Business, Free"]);
  });

  it("describes band and request-category changes", () => {
    const a = fixtureCatalog();
    expect(changed(a, (c) => (c.guaranteeBands[1].days = 75))).toEqual(["Guarantee for 25,000.00 USD to 75,000.00 USD: 60 → 75 days"]);
    expect(changed(a, (c) => (c.requestCategories[1].rule.credits = 30))).toEqual(["Change: from 20 credits → from 30 credits"]);
    expect(changed(a, (c) => (c.requestCategories[0].needsConfirmation = true))).toEqual(["Question: now needs the customer's confirmation"]);
  });

  it("words an incomplete draft without failing", () => {
    const a = fixtureCatalog();
    expect(
      changed(a, (c) => {
        c.plans[1].pricing.percent = null;
        c.currency = "XX";
      }),
    ).toEqual([
      "Currency: USD → XX",
      "Business: 10% → ?% of the license price",
      // A new currency changes what every amount means, so the priced plans are listed.
      "Monthly: 99.99 USD a month → 99.99 XX a month",
      "Setup: 500.00 USD once → 500 XX once",
      "Credits: credit packs: 25 credits for 100.00 USD, 50 credits for 180.00 USD, 100 credits for 300.00 USD → credit packs: 25 credits for 100 XX, 50 credits for 180 XX, 100 credits for 300 XX",
    ]);
  });
});
