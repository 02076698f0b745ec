import { describe, expect, it } from "vitest";
import { readCatalog } from "../../server/domain/catalog-reader.js";
import { validateCatalog } from "../../server/domain/validate-catalog.js";
import { FIXTURE_DOC } from "../support/catalog-fixture.js";

type Doc = Record<string, any>;

function problemsOf(patch: (doc: Doc) => void) {
  const doc: Doc = structuredClone(FIXTURE_DOC);
  patch(doc);
  const { catalog, problems } = readCatalog(doc);
  return [...problems, ...(problems.length ? [] : validateCatalog(catalog))];
}

describe("catalog validation", () => {
  it("accepts the fixture", () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it("accepts a price guidance on a plan priced on request and on unpublished packs", () => {
    expect(
      problemsOf((d) => {
        d.plans[5].pricing.guidance = { floor: "1000", listPrice: "5000" };
        d.plans[6].pricing.packs = d.plans[6].pricing.packs.map((p: Doc) => ({ ...p, price: null, guidance: { floor: "10" } }));
      }),
    ).toEqual([]);
  });

  it.each<[string, (doc: Doc) => void, string, string]>([
    ["a duplicate plan key", (d) => (d.plans[1].key = "free"), "plans[1].key", 'Two plans share the key "free"'],
    ["a key with capitals", (d) => (d.plans[0].key = "Free"), "plans[0].key", 'plan key "Free" may use only lower-case letters, digits and single hyphens'],
    ["a percent rule without percent", (d) => delete d.plans[1].pricing.percent, "plans[1].pricing.percent", "Business: give the percent"],
    ["a negative percent", (d) => (d.plans[1].pricing.percent = "-5"), "plans[1].pricing.percent", "Business: the percent must be above 0 with at most 4 decimals"],
    ["a minimum above the maximum", (d) => (d.plans[2].pricing.minimum = "60000"), "plans[2].pricing.maximum", "Project: the maximum is below the minimum"],
    ["a fixed rule without amount", (d) => delete d.plans[3].pricing.amount, "plans[3].pricing.amount", "Monthly: give the fixed amount"],
    ["an amount with 3 decimals", (d) => (d.plans[3].pricing.amount = "1.005"), "plans[3].pricing.amount", "Monthly: the amount must be an amount of at least 0 with at most 2 decimals"],
    ["an add-on to nothing", (d) => (d.plans[4].addOnTo = []), "plans[4].addOnTo", "Setup is an add-on: name the plans it can be added to"],
    ["an add-on to an unknown plan", (d) => (d.plans[4].addOnTo = ["gold"]), "plans[4].addOnTo[0]", 'Setup is an add-on to "gold", which is not a plan of this catalog'],
    ["packs priced in part", (d) => (d.plans[6].pricing.packs[0].price = null), "plans[6].pricing.packs", "Credits: publish the price of every pack or of none"],
    ["an unknown zone", (d) => (d.plans[1].calendar.zones = ["Mars/Base"]), "plans[1].calendar.zones[0]", expect.stringContaining('"Mars/Base" is not a time zone') as unknown as string],
    ["hours that end before they start", (d) => (d.plans[1].calendar.windows[0].end = "08:00"), "plans[1].calendar.windows[0].end", "Support hours end (08:00) must be after they start (09:00)"],
    ["overlapping hours", (d) => d.plans[1].calendar.windows.push({ days: ["MON"], start: "17:00", end: "20:00" }), "plans[1].calendar.windows[1]", "Support hours overlap on MON"],
    ["a target for an unknown priority", (d) => (d.plans[1].sla.p9 = { amount: "1", unit: "CALENDAR_HOURS" }), "plans[1].sla.p9", 'Business has a target for the priority "p9", which the catalog does not list'],
    ["business hours without calendar", (d) => (d.plans[3].sla = { p1: { amount: "1", unit: "BUSINESS_HOURS" } }), "plans[3].sla.p1", "Monthly counts business hours but has no support calendar"],
    ["a cell of an unknown plan", (d) => (d.features = [{ key: "phone", label: "Phone", cells: { gold: true } }]), "features[0].cells.gold", 'The row "Phone" has a cell for "gold", which is not a plan of this catalog'],
    ["a cell of the wrong type", (d) => (d.features = [{ key: "phone", label: "Phone", type: "BOOLEAN", cells: { free: "yes" } }]), "features[0].cells.free", "must be true or false"],
    ["a bad currency", (d) => (d.currency = "usd"), "currency", '"usd" is not an ISO 4217 currency code such as USD'],
    ["no plans", (d) => (d.plans = []), "plans", "A catalog needs at least one plan"],
    ["overlapping bands", (d) => (d.guaranteeBands[0].max = "30000"), "guaranteeBands[1].min", "The bands overlap at 25000"],
    ["a missing name", (d) => delete d.name, "name", "must be a non-empty text"],
    ["a guidance on a published price", (d) => (d.plans[1].pricing.guidance = { floor: "100" }), "plans[1].pricing.guidance", "Business: only plans priced on request take a price guidance"],
    ["a guidance without floor", (d) => (d.plans[5].pricing.guidance = { listPrice: "100" }), "plans[5].pricing.guidance.floor", "Custom: give the lowest price sales may agree (the floor)"],
    ["a list price below the floor", (d) => (d.plans[5].pricing.guidance = { floor: "200", listPrice: "100" }), "plans[5].pricing.guidance.listPrice", "Custom: the list price is below the floor"],
    ["a guidance on a priced pack", (d) => (d.plans[6].pricing.packs[0].guidance = { floor: "1" }), "plans[6].pricing.packs[0].guidance", expect.stringMatching(/has a published price; only unpublished packs take a guidance$/) as unknown as string],
  ])("refuses %s", (_name, patch, path, message) => {
    expect(problemsOf(patch)).toContainEqual({ path, message });
  });
});
