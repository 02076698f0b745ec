import { describe, expect, it } from "vitest";
import aimarasJson from "../../server/db/demo/aimaras.json" with { type: "json" };
import beesenderJson from "../../server/db/demo/beesender.json" with { type: "json" };
import pingstreamsJson from "../../server/db/demo/pingstreams.json" with { type: "json" };
import type { Catalog, Feature } from "../../server/domain/catalog.js";
import { readCatalog } from "../../server/domain/catalog-reader.js";
import { deriveFactRows } from "../../server/domain/derive-fact-rows.js";
import { addFeature, draftProblems, setCell, updateFeature } from "../../server/domain/draft-edits.js";
import { DomainError } from "../../server/domain/errors.js";
import { featureCellDisplay } from "../../server/domain/fact-rows.js";
import { catalogWarnings, validateCatalog } from "../../server/domain/validate-catalog.js";

const load = (doc: unknown): Catalog => readCatalog(doc).catalog;
const plan = (c: Catalog, key: string) => c.plans.find((p) => p.key === key)!;
const feature = (c: Catalog, key: string) => c.features.find((f) => f.key === key)!;

function row(c: Catalog, key: string): Record<string, string | null> {
  const f = feature(c, key);
  return Object.fromEntries(c.plans.map((p) => [p.key, featureCellDisplay(c, f, p)]));
}

/** The catalog with a row added as an admin would, read back as a stored draft is. */
function withRow(c: Catalog, f: Omit<Feature, "group" | "unit" | "note" | "type">): Catalog {
  return readCatalog(JSON.parse(JSON.stringify(addFeature(c, { group: null, unit: null, note: null, type: "TEXT", ...f })))).catalog;
}

describe("derived rows follow the fact they show", () => {
  it("a price row keeps the vendor's words and follows the percent", () => {
    const c = load(beesenderJson);
    plan(c, "business").pricing.percent = "12";
    expect(row(c, "package-cost")).toEqual({ basic: "Free", business: "12% of the licenses price", premium: "20% of the licenses price" });
  });

  it("a wording written for another kind of price gives way to the rule in the product's words", () => {
    const c = load(beesenderJson);
    plan(c, "basic").pricing = { ...plan(c, "basic").pricing, kind: "PERCENT_OF_LICENSE", percent: "5", note: null };
    plan(c, "premium").pricing = { ...plan(c, "premium").pricing, kind: "QUOTE_BASED", percent: null };
    expect(row(c, "package-cost")).toEqual({ basic: "5% of the license price a year", business: "10% of the licenses price", premium: "Price on request" });
  });

  it("a response-time row follows the target; a unit the wording was not written for is spelled out", () => {
    const c = load(aimarasJson);
    plan(c, "business").sla.a.amount = "4";
    expect(row(c, "response-time-severity-a")).toEqual({ basic: "8", business: "4", premium: "1" });
    plan(c, "premium").sla.a = { amount: "30", unit: "CALENDAR_MINUTES", note: null };
    expect(row(c, "response-time-severity-a").premium).toBe("30 minutes");
  });

  it("a row for a group of priorities shows the one value while they agree, and each when they do not", () => {
    const c = load(aimarasJson);
    expect(row(c, "response-time-severity-c-d")).toEqual({ basic: "16", business: "8", premium: "4" });
    plan(c, "business").sla.d.amount = "12";
    expect(row(c, "response-time-severity-c-d").business).toBe("Severity C: 8 business hours; Severity D: 12 business hours");
    delete plan(c, "basic").sla.c;
    expect(row(c, "response-time-severity-c-d").basic).toBe("Severity C: no target; Severity D: 16 business hours");
    delete plan(c, "basic").sla.d;
    expect(row(c, "response-time-severity-c-d").basic).toBeNull();
  });

  it("support hours keep the vendor's words only while the hours are the ones they describe", () => {
    const c = load(beesenderJson);
    expect(row(c, "support-hours").basic).toBe("9 am – 6 pm (Monday – Friday)");
    plan(c, "basic").calendar!.windows[0].end = "17:00";
    expect(row(c, "support-hours").basic).toBe("Mon–Fri 09:00–17:00 (+01:00, +02:00, +03:00, +08:00, +10:00, -02:00)");
  });

  it("authorized contacts come from the plan; a plan that states none has an empty cell", () => {
    const c = load(beesenderJson);
    plan(c, "premium").authorizedContacts = 20;
    plan(c, "basic").authorizedContacts = null;
    expect(row(c, "authorized-contacts")).toEqual({ basic: null, business: "5", premium: "20" });
  });

  it("eligibility wording fills in the limits, and falls back to them when their kind changes", () => {
    const c = load(pingstreamsJson);
    plan(c, "pro").limits[0].value = "15";
    expect(row(c, "most-appropriate-for").pro).toBe("for small non-mission critical applications (e.g. less than 15 Agents, less than 5 bots)");
    plan(c, "pro").limits.pop();
    expect(row(c, "most-appropriate-for").pro).toBe("less than 15 agents");
  });
});

describe("adding and editing derived rows", () => {
  it("an admin adds a first-response row for P1 with no typed values; the wording is tied to today's fact", () => {
    const base = load(beesenderJson);
    const c = withRow(base, { key: "first-response-p1", label: "First response, P1", source: { kind: "SLA", priorities: ["p1"] }, cells: {} });
    expect(row(c, "first-response-p1")).toEqual({ basic: "4 business hours", business: "1 business hour", premium: "1 business hour" });
    const worded = withRow(base, {
      key: "contacts",
      label: "Contacts",
      source: { kind: "AUTHORIZED_CONTACTS", priorities: [] },
      cells: { basic: { value: null, text: "{count} people", note: null, editorNote: null, shape: null } },
    });
    expect(feature(worded, "contacts").cells.basic.shape).toBe("COUNT");
    expect(row(worded, "contacts")).toEqual({ basic: "2 people", business: "5", premium: "15" });
  });

  it("a typed row made derived drops its values and shows the fact, keeping its notes", () => {
    const c = load(aimarasJson);
    const typed = { value: "9", text: null, note: "by phone", editorNote: null, shape: null };
    c.features.push({ key: "contacts", label: "Contacts", group: null, type: "NUMBER", unit: null, note: null, source: null, cells: { basic: typed } });
    const derived = updateFeature(c, "contacts", { source: { kind: "AUTHORIZED_CONTACTS", priorities: [] } });
    expect(feature(derived, "contacts").cells.basic).toEqual({ ...typed, value: null });
    expect(row(derived, "contacts")).toEqual({ basic: "2", business: "3", premium: "5" });
  });

  it("refuses a typed value in a derived row's cell", () => {
    const c = load(beesenderJson);
    const cell = { value: "3", text: null, note: null, editorNote: null, shape: null };
    expect(() => setCell(c, "authorized-contacts", "basic", cell)).toThrow(DomainError);
    expect(() => setCell(c, "authorized-contacts", "basic", cell)).toThrow(/derived row/);
    const noted = setCell(c, "authorized-contacts", "basic", { ...cell, value: null, note: "named in the contract" });
    expect(row(noted, "authorized-contacts").basic).toBe("2");
  });

  it("names what is wrong with a derived row: unknown priorities, placeholders the fact lacks", () => {
    const c = load(beesenderJson);
    feature(c, "response-time-high-priority").source = { kind: "SLA", priorities: ["p9"] };
    feature(c, "package-cost").cells.business.text = "{count} a year";
    feature(c, "authorized-contacts").source = { kind: "AUTHORIZED_CONTACTS", priorities: ["p1"] };
    expect(validateCatalog(c).map((p) => [p.path, p.message])).toEqual([
      ["features[0].cells.business.text", expect.stringContaining("{percent}") as unknown as string],
      ["features[5].source.priorities[0]", 'The row "Response time for high-priority cases, working hours" shows the priority "p9", which the catalog does not list'],
      ["features[8].source.priorities", 'The row "Number of authorized contacts eligible to submit support cases" is not about response targets: it takes no priorities'],
    ]);
  });
});

describe("warnings about free-text rows that restate a fact", () => {
  const typed = (key: string, label: string): Feature => ({ key, label, group: null, type: "TEXT", unit: null, note: null, source: null, cells: {} });

  it("warns about a row naming a priority, a price, the support hours or the contacts, and says what to add instead", () => {
    const c = load(aimarasJson);
    c.features.push(typed("sev-a", "Response time for Severity A cases"), typed("cost", "Yearly cost"), typed("hours", "Support hours"), typed("who", "Authorized contacts"));
    expect(catalogWarnings(c).map((w) => w.message)).toEqual([
      'The row "Response time for Severity A cases" is typed by hand but seems to state a response target (Severity A): add a derived row (first response, Severity A) instead, so the page cannot contradict the structured fact',
      'The row "Yearly cost" is typed by hand but seems to state the price: add a derived row (price) instead, so the page cannot contradict the structured fact',
      'The row "Support hours" is typed by hand but seems to state the support hours: add a derived row (support hours) instead, so the page cannot contradict the structured fact',
      'The row "Authorized contacts" is typed by hand but seems to state the authorized contacts: add a derived row (authorized contacts) instead, so the page cannot contradict the structured fact',
    ]);
    expect(catalogWarnings(c).every((w) => w.warning)).toBe(true);
  });

  it("lists the warnings with a draft's problems, without counting them as keeping it from being published", () => {
    const c = load(beesenderJson);
    c.features.push(typed("p1-again", "P1 response"));
    const { problems } = draftProblems(JSON.parse(JSON.stringify(c)));
    expect(problems).toEqual([expect.objectContaining({ path: "features[14].label", warning: true })]);
    expect(validateCatalog(c)).toEqual([]);
  });

  it("warns about a price wording whose percent is not the rule's", () => {
    const c = load(beesenderJson);
    plan(c, "business").pricing.note = "10% of the licenses price";
    plan(c, "business").pricing.percent = "12";
    expect(catalogWarnings(c).map((w) => w.path)).toEqual(["plans[1].pricing.note"]);
  });
});

describe("converting typed rows of an older catalog", () => {
  it("keeps a typed row that disagrees with the structured fact, and derives the ones that agree", () => {
    const c = load(aimarasJson);
    const typedA: Feature = {
      ...feature(c, "response-time-severity-a"),
      source: null,
      type: "NUMBER",
      cells: Object.fromEntries(["8", "4", "1"].map((v, i) => [c.plans[i].key, { value: v, text: null, note: null, editorNote: null, shape: null }])),
    };
    const typedB: Feature = { ...structuredClone(typedA), key: "response-time-severity-b", label: "Response time for Severity B cases, working hours" };
    for (const [k, v] of [["basic", "12"], ["business", "4"], ["premium", "2"]]) typedB.cells[k] = { ...typedB.cells[k], value: v };
    c.features = c.features.map((f) => (f.key === typedA.key ? typedA : f.key === typedB.key ? typedB : f));
    const { catalog, derived } = deriveFactRows(c);
    expect(derived).toEqual(["response-time-severity-b"]);
    expect(feature(catalog, "response-time-severity-a").source).toBeNull();
    expect(row(catalog, "response-time-severity-a")).toEqual({ basic: "8", business: "4", premium: "1" });
    expect(plan(catalog, "business").sla.a.amount).toBe("2");
    expect(feature(catalog, "response-time-severity-b").source).toEqual({ kind: "SLA", priorities: ["b"] });
  });
});
