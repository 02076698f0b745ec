import { describe, expect, it } from "vitest";
import type { Catalog, Plan } from "../../server/domain/catalog.js";
import {
  addedProblems,
  addExclusion,
  addFeature,
  addPlan,
  addPriority,
  draftProblems,
  moveExclusion,
  moveFeature,
  movePlan,
  removeExclusion,
  removeFeatureGroup,
  removePlan,
  removePriority,
  setCell,
  setLicenseEditions,
  updateCatalogInfo,
  updateFeature,
  updateFeatureGroup,
  updatePlan,
  updatePriority,
} from "../../server/domain/draft-edits.js";
import { DomainError } from "../../server/domain/errors.js";
import { fixtureCatalog } from "../support/catalog-fixture.js";

/** The fixture with a feature group, two rows and three exclusions, so references can be followed. */
function catalog(): Catalog {
  return fixtureCatalog((d) => ({
    ...d,
    featureGroups: [{ key: "channels", label: "Channels" }],
    features: [
      { key: "phone", label: "Phone support", group: "channels", cells: { business: true, monthly: false } },
      { key: "contacts", label: "Contacts", type: "NUMBER", cells: { free: "2", business: "5" } },
    ],
    exclusions: [
      { text: "Custom code", plans: [] },
      { text: "On-site visits", plans: ["business"] },
      { text: "Weekend work", plans: ["business", "monthly"] },
    ],
  }));
}

function plan(c: Catalog, key: string): Plan {
  const found = c.plans.find((p) => p.key === key);
  expect(found, `plan ${key}`).toBeDefined();
  return found!;
}

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return err as DomainError;
  }
  throw new Error("expected the edit to be refused");
}

describe("plan edits", () => {
  it("renaming a plan key carries it to cells, add-on links and exclusions, and keeps its SLA targets", () => {
    const before = catalog();
    const after = updatePlan(before, "business", { ...plan(before, "business"), key: "biz", name: "Biz" });
    expect(after.plans.map((p) => p.key)).toEqual(["free", "biz", "project", "monthly", "setup", "custom", "credits"]);
    const cell = (value: boolean) => ({ value, text: null, note: null, editorNote: null, shape: null });
    expect(after.features[0].cells).toEqual({ biz: cell(true), monthly: cell(false) });
    expect(Object.keys(after.features[1].cells)).toEqual(["free", "biz"]);
    expect(plan(after, "setup").addOnTo).toEqual(["biz", "monthly"]);
    expect(plan(after, "custom").addOnTo).toEqual(["biz"]);
    expect(after.exclusions.map((e) => e.plans)).toEqual([[], ["biz"], ["biz", "monthly"]]);
    expect(plan(after, "biz").sla).toEqual({ p1: { amount: "4", unit: "BUSINESS_HOURS", note: null }, p2: { amount: "8", unit: "BUSINESS_HOURS", note: null } });
    expect(validate(after)).toEqual([]);
    // The document passed in is left as it was.
    expect(before.plans[1].key).toBe("business");
    expect(before.features[0].cells.business).toBeDefined();
  });

  it("removing a plan removes its cells and references, and drops an exclusion that named only it", () => {
    const after = removePlan(catalog(), "business");
    expect(after.plans.map((p) => p.key)).not.toContain("business");
    expect(after.features.map((f) => Object.keys(f.cells))).toEqual([["monthly"], ["free"]]);
    expect(plan(after, "setup").addOnTo).toEqual(["monthly"]);
    // "On-site visits" named only Business: kept with no plans it would cover the whole catalog.
    expect(after.exclusions).toEqual([
      { kind: "NOT_COVERED", heading: null, text: "Custom code", plans: [] },
      { kind: "NOT_COVERED", heading: null, text: "Weekend work", plans: ["monthly"] },
    ]);
  });

  it("changes only the fields given, an undefined field keeping its value", () => {
    const base = catalog();
    const after = updatePlan(base, "business", { name: "Business+", tagline: undefined, notes: ["New"] });
    expect({ ...plan(after, "business"), name: "Business", notes: [] }).toEqual(plan(base, "business"));
    expect([plan(after, "business").name, plan(after, "business").notes]).toEqual(["Business+", ["New"]]);
  });

  it("adds a plan at a position, moves it, and refuses a taken key or a position outside the list", () => {
    const base = catalog();
    const gold: Plan = { ...plan(base, "monthly"), key: "gold", name: "Gold" };
    const added = addPlan(base, gold, 1);
    expect(added.plans.map((p) => p.key).slice(0, 3)).toEqual(["free", "gold", "business"]);
    expect(movePlan(added, "gold", 7).plans.map((p) => p.key)).toEqual(["free", "business", "project", "monthly", "setup", "custom", "credits", "gold"]);
    expect(movePlan(added, "credits", 0).plans[0].key).toBe("credits");

    const taken = refusal(() => addPlan(base, { ...gold, key: "business" }));
    expect([taken.code, taken.field, taken.message]).toEqual(["BAD_USER_INPUT", "plan.key", 'There is already a plan with the key "business"']);
    const renamedOntoOther = refusal(() => updatePlan(base, "business", { ...plan(base, "business"), key: "monthly" }));
    expect(renamedOntoOther.message).toBe('There is already a plan with the key "monthly"');
    const far = refusal(() => movePlan(base, "free", 7));
    expect([far.code, far.field, far.message]).toEqual(["BAD_USER_INPUT", "position", "The position must be from 0 to 6"]);
    const unknown = refusal(() => removePlan(base, "gold"));
    expect([unknown.code, unknown.field, unknown.message]).toEqual(["NOT_FOUND", "key", 'There is no plan "gold" in this catalog']);
  });
});

describe("priorities, groups, rows, cells", () => {
  it("renaming a priority renames every plan's target for it; removing it removes them", () => {
    const base = catalog();
    const renamed = updatePriority(base, "p1", { key: "urgent", label: "Urgent", definition: null, examples: [] });
    expect(renamed.priorities.map((p) => p.key)).toEqual(["urgent", "p2"]);
    expect(Object.keys(plan(renamed, "business").sla)).toEqual(["urgent", "p2"]);
    expect(plan(renamed, "business").sla.urgent.amount).toBe("4");

    const removed = removePriority(base, "p1");
    expect(removed.priorities.map((p) => p.key)).toEqual(["p2"]);
    expect(Object.keys(plan(removed, "business").sla)).toEqual(["p2"]);
    expect(validate(removed)).toEqual([]);
  });

  it("renaming a feature group moves its rows along; removing it leaves them ungrouped", () => {
    const renamed = updateFeatureGroup(catalog(), "channels", { key: "contact", label: "Contact" });
    expect(renamed.features.map((f) => f.group)).toEqual(["contact", null]);
    expect(removeFeatureGroup(catalog(), "channels").features.map((f) => f.group)).toEqual([null, null]);
  });

  it("updates a row keeping its cells unless new ones are given, and moves rows", () => {
    const base = catalog();
    const relabelled = updateFeature(base, "phone", { label: "Phone" });
    expect(relabelled.features[0].label).toBe("Phone");
    expect(relabelled.features[0].cells).toEqual(base.features[0].cells);
    const nineToFive = { value: "9-5", text: null, note: null, editorNote: null, shape: null };
    const retyped = updateFeature(base, "phone", { type: "TEXT", cells: { business: nineToFive } });
    expect([retyped.features[0].label, retyped.features[0].group, retyped.features[0].type]).toEqual(["Phone support", "channels", "TEXT"]);
    expect(retyped.features[0].cells).toEqual({ business: nineToFive });
    expect(moveFeature(base, "contacts", 0).features.map((f) => f.key)).toEqual(["contacts", "phone"]);
    const dup = refusal(() => addFeature(base, { ...base.features[0] }));
    expect(dup.message).toBe('There is already a row with the key "phone"');
  });

  it("sets and empties a cell, naming an unknown row or plan", () => {
    const base = catalog();
    const emailOnly = { value: true, text: null, note: "email only", editorNote: null, shape: null };
    const set = setCell(base, "phone", "free", emailOnly);
    expect(set.features[0].cells.free).toEqual(emailOnly);
    expect(setCell(base, "phone", "business", null).features[0].cells).not.toHaveProperty("business");
    const noPlan = refusal(() => setCell(base, "phone", "gold", null));
    expect([noPlan.code, noPlan.field]).toEqual(["NOT_FOUND", "planKey"]);
    const noRow = refusal(() => setCell(base, "fax", "free", null));
    expect([noRow.code, noRow.field, noRow.message]).toEqual(["NOT_FOUND", "featureKey", 'There is no row "fax" in this catalog']);
  });

  it("addresses exclusions by position", () => {
    const base = catalog();
    expect(removeExclusion(base, 0).exclusions.map((e) => e.text)).toEqual(["On-site visits", "Weekend work"]);
    expect(moveExclusion(base, 2, 0).exclusions.map((e) => e.text)).toEqual(["Weekend work", "Custom code", "On-site visits"]);
    const missing = refusal(() => removeExclusion(base, 3));
    expect([missing.code, missing.field, missing.message]).toEqual(["NOT_FOUND", "index", "There is no exclusion at position 3 (the catalog has 3)"]);
  });

  it("changes only the catalog fields given", () => {
    const after = updateCatalogInfo(catalog(), { name: "Acme Care", vendor: null });
    expect([after.name, after.currency, after.vendor]).toEqual(["Acme Care", "USD", null]);
  });
});

function validate(c: Catalog) {
  return draftProblems(JSON.parse(JSON.stringify(c))).problems;
}

describe("problems an edit brings in", () => {
  const withProblem = () => {
    const c = catalog();
    c.plans[1].pricing.percent = null; // "Business: give the percent"
    return c;
  };
  const state = (c: Catalog) => draftProblems(JSON.parse(JSON.stringify(c)));

  it("does not count a problem the draft already had, even after the plan moved or was renamed", () => {
    const before = state(withProblem());
    expect(before.problems).toEqual([{ path: "plans[1].pricing.percent", message: "Business: give the percent" }]);
    expect(addedProblems(before, state(movePlan(before.catalog, "business", 0)))).toEqual([]);
    expect(addedProblems(before, state(removePlan(before.catalog, "free")))).toEqual([]);
    const renamed = updatePlan(before.catalog, "business", { ...plan(before.catalog, "business"), key: "biz", name: "Biz" });
    expect(addedProblems(before, state(renamed), { list: "plans", from: "business", to: "biz" })).toEqual([]);
  });

  it("knows an exclusion's problem by its text, wherever the exclusion moves", () => {
    const c = catalog();
    c.exclusions[2].plans = ["gold"]; // names a plan the catalog does not have
    const before = state(c);
    expect(before.problems).toEqual([{ path: "exclusions[2].plans[0]", message: 'An exclusion names "gold", which is not a plan of this catalog' }]);
    expect(addedProblems(before, state(removeExclusion(before.catalog, 0)))).toEqual([]);
    expect(addedProblems(before, state(addExclusion(before.catalog, { kind: "NOT_COVERED", heading: null, text: "Other", plans: ["silver"] }, 0)))).toEqual([
      { path: "exclusions[0].plans[0]", message: 'An exclusion names "silver", which is not a plan of this catalog' },
    ]);
  });

  it("reports a new problem with its path", () => {
    const before = state(withProblem());
    const after = state(updatePlan(before.catalog, "monthly", { ...plan(before.catalog, "monthly"), pricing: { ...plan(before.catalog, "monthly").pricing, amount: "1.005" } }));
    expect(addedProblems(before, after)).toEqual([{ path: "plans[3].pricing.amount", message: "Monthly: the amount must be an amount of at least 0 with at most 2 decimals" }]);
  });

  it("catches a reference left dangling: an edition a plan requires, a priority name clash", () => {
    const before = state(catalog());
    const dropped = state(setLicenseEditions(before.catalog, [{ key: "enterprise", label: "Enterprise" }]));
    expect(addedProblems(before, dropped)).toEqual([
      { path: "plans[0].requiresEdition[0]", message: 'Free requires the license edition "pro", which the catalog does not list' },
    ]);
    const badKey = state(addPriority(before.catalog, { key: "P 3", label: "P3", definition: null, examples: [] }));
    expect(addedProblems(before, badKey)).toEqual([
      { path: "priorities[2].key", message: 'priority key "P 3" may use only lower-case letters, digits and single hyphens' },
    ]);
  });
});
