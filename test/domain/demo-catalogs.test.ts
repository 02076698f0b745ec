import { describe, expect, it } from "vitest";
import aimarasJson from "../../server/db/demo/aimaras.json" with { type: "json" };
import beesenderJson from "../../server/db/demo/beesender.json" with { type: "json" };
import pingstreamsJson from "../../server/db/demo/pingstreams.json" with { type: "json" };
import pipe17Json from "../../server/db/demo/pipe17.json" with { type: "json" };
import proSupportCreditsJson from "../../server/db/demo/pro-support-credits.json" with { type: "json" };
import tiledeskJson from "../../server/db/demo/tiledesk.json" with { type: "json" };
import { findPlan, type Catalog } from "../../server/domain/catalog.js";
import { readCatalog } from "../../server/domain/catalog-reader.js";
import { estimateCredits } from "../../server/domain/credits.js";
import { featureCellDisplay } from "../../server/domain/fact-rows.js";
import { guaranteeFor } from "../../server/domain/guarantee.js";
import { Dec } from "../../server/domain/money.js";
import { priceQuote } from "../../server/domain/pricing.js";
import { slaDueAt } from "../../server/domain/sla.js";
import { catalogWarnings, validateCatalog } from "../../server/domain/validate-catalog.js";

const documents: Record<string, unknown> = {
  pingstreams: pingstreamsJson,
  tiledesk: tiledeskJson,
  "pro-support-credits": proSupportCreditsJson,
  beesender: beesenderJson,
  aimaras: aimarasJson,
  pipe17: pipe17Json,
};

function load(slug: string): Catalog {
  return readCatalog(documents[slug]).catalog;
}

/** A row as a prospect reads it: each plan's cell display, by plan key (null = empty cell). */
function row(catalog: Catalog, featureKey: string): Record<string, string | null> {
  const feature = catalog.features.find((f) => f.key === featureKey);
  if (!feature) throw new Error(`${catalog.slug} has no row "${featureKey}"`);
  return Object.fromEntries(catalog.plans.map((p) => [p.key, featureCellDisplay(catalog, feature, p)]));
}

/** The fact a derived row shows, "SLA p2 p3 p4"; null for a free-text row. */
function sourceOf(catalog: Catalog, featureKey: string): string | null {
  const source = catalog.features.find((f) => f.key === featureKey)?.source;
  return source ? [source.kind, ...source.priorities].join(" ") : null;
}

function labelOf(catalog: Catalog, featureKey: string): string | undefined {
  return catalog.features.find((f) => f.key === featureKey)?.label;
}

function exclusionTexts(catalog: Catalog, kind: string, planKey?: string): string[] {
  return catalog.exclusions
    .filter((e) => e.kind === kind && (planKey === undefined ? e.plans.length === 0 : e.plans.includes(planKey)))
    .map((e) => e.text);
}

function due(catalog: Catalog, planKey: string, priorityKey: string, submittedAt: string, timeZone?: string) {
  const result = slaDueAt(catalog, { planKey, priorityKey, submittedAt: new Date(submittedAt), timeZone });
  return { dueAt: result.dueAt.toISOString(), target: result.target };
}

describe("demo catalog documents", () => {
  it.each(Object.keys(documents))("%s keeps the product's own words out of the vendor's notes", (slug) => {
    const catalog = load(slug);
    const vendorWords = [...catalog.notes, ...catalog.plans.map((p) => p.pricing.note ?? "")];
    for (const text of vendorWords) {
      expect(text).not.toMatch(/^Price(d)? on request|counted in working hours|no price is published|Time-limited/i);
    }
    for (const f of catalog.features) {
      for (const cell of Object.values(f.cells)) expect(cell.note ?? "").not.toMatch(/^Time-limited/);
    }
  });

  it.each(Object.keys(documents))("%s reads and validates without problems", (slug) => {
    const { catalog, problems } = readCatalog(documents[slug]);
    expect(problems).toEqual([]);
    expect(validateCatalog(catalog)).toEqual([]);
    expect(catalogWarnings(catalog)).toEqual([]);
    expect(catalog.slug).toBe(slug);
    expect(catalog.currency).toBe("USD");
  });
});

describe.each([
  { slug: "pingstreams", vendor: "Pingstreams", onboarding: "Onboarding assistance for users (agents and admins)" },
  { slug: "tiledesk", vendor: "Tiledesk", onboarding: "On boarding assistance for users (agents and admins)" },
])("$slug (license-gated support packages)", ({ slug, vendor, onboarding }) => {
  const catalog = load(slug);

  it("offers Pro and Enterprise packages, both priced on request", () => {
    expect(catalog.plans.map((p) => [p.key, p.name])).toEqual([
      ["pro", "Pro"],
      ["enterprise", "Enterprise"],
    ]);
    for (const planKey of ["pro", "enterprise"]) {
      const quote = priceQuote(catalog, { planKey });
      expect(quote.lines.map((l) => l.amount)).toEqual([null]);
      expect(quote.lines[0].detail).toBe("Price on request");
      expect(quote.total).toBeNull();
    }
  });

  it("sells Pro for fewer than 10 agents and fewer than 5 bots, with a PRO license", () => {
    expect(priceQuote(catalog, { planKey: "pro", agents: 9, bots: 4, licenseEdition: "pro" }).eligible).toBe(true);
    expect(priceQuote(catalog, { planKey: "pro", agents: 10 }).reasons).toEqual(["Pro is for less than 10 agents; 10 given"]);
    expect(priceQuote(catalog, { planKey: "pro", bots: 5 }).reasons).toEqual(["Pro is for less than 5 bots; 5 given"]);
    expect(priceQuote(catalog, { planKey: "pro", licenseEdition: "enterprise" }).reasons).toEqual([
      "Pro is sold with PRO licenses; the customer has Enterprise",
    ]);
    expect(priceQuote(catalog, { planKey: "enterprise", agents: 500, bots: 80, licenseEdition: "enterprise" }).eligible).toBe(true);
  });

  it("shows what Pro provides and what it does not", () => {
    expect(labelOf(catalog, "bug-fixing-first-30-days")).toBe("Support for bug fixing within the first 30 days");
    expect(labelOf(catalog, "onboarding-assistance")).toBe(onboarding);
    for (const key of ["installation-docs", "installation-configuration-support", "onboarding-assistance", "bug-fixing-first-30-days", "email-only-channel"]) {
      expect(row(catalog, key)).toEqual({ pro: "✓", enterprise: null });
    }
    for (const key of ["code-modification-support", "third-party-backend-installation", "platform-upgrades", "dedicated-account-manager", "engineering-team-communication"]) {
      expect(row(catalog, key)).toEqual({ pro: "✗", enterprise: null });
    }
    expect(row(catalog, "support-basis")).toEqual({ pro: "Best effort, commercially reasonable basis", enterprise: null });
    expect(row(catalog, "case-resolution-sla").pro).toBe("No SLA offered for case resolution (at this time)");
    expect(row(catalog, "technical-account-manager")).toEqual({ pro: null, enterprise: "✓" });
    expect(catalog.plans[0].tagline).toContain("small non-mission critical applications");
    expect(findPlan(catalog, "pro")!.pricing.editorNote).toBe("No price is published: the package is priced on request.");
    const bugFixing = catalog.features.find((f) => f.key === "bug-fixing-first-30-days")!.cells.pro;
    expect([bugFixing.note, bugFixing.editorNote]).toEqual([null, "Time-limited: within the first 30 days"]);
  });

  it("says who each package is most appropriate for in the vendor's words, Pro's limits read from its eligibility", () => {
    expect(sourceOf(catalog, "most-appropriate-for")).toBe("ELIGIBILITY");
    // The limits are written once, in the plan's eligibility; the plan's own words do not repeat them.
    const pro = findPlan(catalog, "pro")!;
    expect(JSON.stringify([pro.tagline, pro.description, pro.notes])).not.toMatch(/less th[ae]n \d/);
    expect(row(catalog, "most-appropriate-for")).toEqual({
      pro: "for small non-mission critical applications (e.g. less than 10 Agents, less than 5 bots)",
      enterprise: `if you need ${vendor} to know you, your environment, and your ${vendor} integration solution`,
    });
    expect(row(catalog, "package-cost")).toEqual({
      pro: `Not included in the base ${vendor === "Tiledesk" ? "licences" : "license"} fee; must be purchased separately`,
      enterprise: `Not included in the base ${vendor === "Tiledesk" ? "licences" : "license"} fee; must be purchased separately`,
    });
  });

  it("reads the warranty heading as the clause's heading, not as a service Pro lacks", () => {
    expect(catalog.features.map((f) => f.key)).not.toContain("source-code-modifications-warranty");
    expect(exclusionTexts(catalog, "NOT_INCLUDED", "pro")).not.toContain("Source code modifications warranty");
    if (vendor === "Pingstreams") {
      expect(catalog.exclusions.filter((e) => e.heading === "Source code modifications warranty").map((e) => e.kind)).toEqual(["NOT_COVERED", "WARRANTY_VOID"]);
    }
  });

  it("lists the Enterprise \"for you if\" bullets", () => {
    const enterprise = findPlan(catalog, "enterprise")!;
    expect(enterprise.forYouIf).toHaveLength(10);
    expect(enterprise.forYouIf[0]).toBe("Have a large project");
    expect(enterprise.forYouIf[9]).toBe(`Desire a specific ${vendor} Product Training for your staff`);
    expect(enterprise.description).toContain("highest priority and have the shortest targeted response times");
  });

  it("voids the warranty on modified components and never supports modified versions", () => {
    expect(exclusionTexts(catalog, "WARRANTY_VOID")).toEqual([
      "For the paid Support Packages, warranty always declines on modified components of the platform.",
    ]);
    expect(exclusionTexts(catalog, "NOT_COVERED")).toEqual(["We never provide support for modified versions of our software."]);
    expect(exclusionTexts(catalog, "NOT_INCLUDED", "pro")).toContain("Support for platform upgrades");
  });

  it("has no priorities or response targets (the page gives none)", () => {
    expect(catalog.priorities).toEqual([]);
    expect(catalog.plans.map((p) => p.calendar)).toEqual([null, null]);
  });
});

describe("pingstreams only", () => {
  it("lists the five services Pro does not provide (items 6-10 of the seed's list)", () => {
    expect(exclusionTexts(load("pingstreams"), "NOT_INCLUDED", "pro")).toEqual([
      "Support for code modification, in any part, in any component, of the platform",
      "Support for installation of third party backend components (i.e. Database)",
      "Support for platform upgrades",
      "A dedicated Account manager",
      "Direct communication with engineering team",
    ]);
  });
});

describe("tiledesk only", () => {
  it("does not give Pro permission to remove the Tiledesk logo", () => {
    const catalog = load("tiledesk");
    expect(labelOf(catalog, "logo-removal-permission")).toBe("Permissions for Widget Tiledesk logo(s) removing");
    expect(row(catalog, "logo-removal-permission")).toEqual({ pro: "✗", enterprise: null });
    expect(exclusionTexts(catalog, "NOT_INCLUDED", "pro")).toHaveLength(6);
  });
});

describe("pro-support-credits", () => {
  const catalog = load("pro-support-credits");

  it("sells unpriced packs of 25 to 500 credits", () => {
    const plan = findPlan(catalog, "credits")!;
    expect(plan.pricing.kind).toBe("CREDIT_PACKS");
    expect(plan.pricing.packs).toEqual([25, 50, 100, 200, 300, 400, 500].map((credits) => ({ credits, price: null })));
    expect(plan.pricing.note).toBe("$100.00 – $500.00");
    expect(plan.pricing.editorNote).toBe("The price of each pack is not published.");
    expect(row(catalog, "price-range")).toEqual({ credits: "$100.00 – $500.00" });
    expect(row(catalog, "credit-packs")).toEqual({ credits: "25 credits, 50 credits, 100 credits, 200 credits, 300 credits, 400 credits, 500 credits" });
    expect(row(catalog, "monthly-fee")).toEqual({ credits: "✗" });
    expect(["price-range", "credit-packs", "monthly-fee"].map((k) => sourceOf(catalog, k))).toEqual(["PRICE", "PRICE", "PRICE"]);
    const quote = priceQuote(catalog, { planKey: "credits", creditPacks: [{ credits: 100, quantity: 2 }] });
    expect(quote.lines.map((l) => [l.label, l.amount])).toEqual([
      ["Credit-Based Support", "0.00"],
      ["100 credits x 2", null],
    ]);
    expect(quote.total).toBeNull();
  });

  it("charges 5, 10, from 20, 20 credits by category", () => {
    expect(catalog.requestCategories.map((c) => c.key)).toEqual(["explanation", "settings", "code-modification", "investigation", "upgrade"]);
    const each = (categoryKey: string) => estimateCredits(catalog, [{ categoryKey, count: 1 }]);
    expect(each("explanation").credits).toBe(5);
    expect(each("settings").credits).toBe(10);
    expect(each("investigation").credits).toBe(20);
    const code = each("code-modification");
    expect(code.credits).toBe(20);
    expect(code.minimum).toBe(true);
  });

  it("charges 50 credits for an upgrade from 4.3.1 to 4.3.9, bought as one unpriced 50-credit pack", () => {
    const estimate = estimateCredits(catalog, [{ categoryKey: "upgrade", count: 1, fromVersion: "4.3.1", toVersion: "4.3.9" }]);
    expect(estimate.credits).toBe(50);
    expect(estimate.packs).toEqual([{ credits: 50, quantity: 1, price: null }]);
    expect(estimate.price).toBeNull();
    expect(estimateCredits(catalog, [{ categoryKey: "upgrade", count: 1, fromVersion: "4.3.1", toVersion: "4.3.3" }]).credits).toBe(20);
  });

  it("answers only the first category without the customer's confirmation", () => {
    expect(catalog.requestCategories.map((c) => [c.key, c.needsConfirmation])).toEqual([
      ["explanation", false],
      ["settings", true],
      ["code-modification", true],
      ["investigation", true],
      ["upgrade", true],
    ]);
    expect(estimateCredits(catalog, [{ categoryKey: "explanation", count: 3 }]).needsConfirmation).toBe(false);
    expect(estimateCredits(catalog, [{ categoryKey: "settings", count: 1 }]).needsConfirmation).toBe(true);
  });

  it("keeps the portal-only channel, the one-issue ticket and the unlimited credit life", () => {
    expect(row(catalog, "support-channel")).toEqual({ credits: "Pro Portal" });
    expect(row(catalog, "issues-per-ticket")).toEqual({ credits: "1" });
    expect(row(catalog, "credit-time-limit")).toEqual({ credits: "No time limit" });
    expect(row(catalog, "licenses-covered")).toEqual({ credits: "All licenses, no matter how many you have" });
  });
});

describe("beesender", () => {
  const catalog = load("beesender");

  it("prices Basic free, Business at 10% and Premium at 20% of the license price", () => {
    const price = (planKey: string) => priceQuote(catalog, { planKey, licensePrice: "12345.67" }).total;
    expect(price("basic")).toBe("0.00");
    expect(price("business")).toBe("1234.57");
    expect(price("premium")).toBe("2469.13");
    expect(() => priceQuote(catalog, { planKey: "business" })).toThrow(/licensePrice/);
    expect(row(catalog, "package-cost")).toEqual({
      basic: "Free",
      business: "10% of the licenses price",
      premium: "20% of the licenses price",
    });
  });

  it("shows registration, support hours and channels", () => {
    expect(row(catalog, "case-registration-time")).toEqual({ basic: "24/7", business: "24/7", premium: "24/7" });
    expect(row(catalog, "case-registration-channels")).toEqual({
      basic: "website chatbot, email",
      business: "website chatbot, email",
      premium: "website chatbot, email",
    });
    expect(row(catalog, "support-hours")).toEqual({
      basic: "9 am – 6 pm (Monday – Friday)",
      business: "9 am – 6 pm (Monday – Sunday)",
      premium: "24/7",
    });
    expect(row(catalog, "communication-channels")).toEqual({ basic: "email", business: "email, phone", premium: "email, phone, Skype" });
  });

  it("shows response times in working hours and the authorized contacts", () => {
    expect(labelOf(catalog, "response-time-high-priority")).toBe("Response time for high-priority cases, working hours");
    expect(row(catalog, "response-time-high-priority")).toEqual({ basic: "4", business: "1", premium: "1" });
    expect(labelOf(catalog, "response-time-priority-2-4")).toBe("Response time for incidents of 2-4 priority, working hours");
    expect(row(catalog, "response-time-priority-2-4")).toEqual({ basic: "8", business: "4", premium: "2" });
    expect(row(catalog, "authorized-contacts")).toEqual({ basic: "2", business: "5", premium: "15" });
    expect(catalog.plans.map((p) => p.authorizedContacts)).toEqual([2, 5, 15]);
  });

  it("shows each fact once: the rows are derived from the price rules, targets, calendars and contacts", () => {
    expect(
      ["package-cost", "support-hours", "response-time-high-priority", "response-time-priority-2-4", "authorized-contacts"].map((k) => sourceOf(catalog, k)),
    ).toEqual(["PRICE", "SUPPORT_HOURS", "SLA p1", "SLA p2 p3 p4", "AUTHORIZED_CONTACTS"]);
    expect(catalog.notes.join(" ")).not.toContain("working hours");
    expect(catalog.editorNotes).toContain(
      "Response times for high-priority (P1) cases and for incidents of 2-4 priority (P2, P3, P4) are counted in working hours, in the support hours of the plan.",
    );
  });

  it("ticks the higher tiers for the rows with fewer ticks; the lower tiers do not get them (as Aimaras' \"-\")", () => {
    expect(row(catalog, "case-processing")).toEqual({ basic: "✓", business: "✓", premium: "✓" });
    expect(row(catalog, "admin-questions")).toEqual({ basic: "✓", business: "✓", premium: "✓" });
    expect(row(catalog, "users-questions")).toEqual({ basic: "✗", business: "✓", premium: "✓" });
    expect(row(catalog, "customer-success-manager")).toEqual({ basic: "✗", business: "✓", premium: "✓" });
    expect(row(catalog, "developer-meetings")).toEqual({ basic: "✗", business: "✗", premium: "✓" });
    expect(row(catalog, "server-license-support")).toEqual({ basic: "✗", business: "✗", premium: "✓" });
  });

  it("defines P1 to P4, with P3 and P4 sharing minor breakdowns", () => {
    expect(catalog.priorities.map((p) => p.label)).toEqual(["P1", "P2", "P3", "P4"]);
    expect(catalog.priorities[0].definition).toBe("the system is completely inoperative, the operators are inactive and/or the licenses have expired");
    expect(catalog.priorities[1].definition).toBe("the system is operational, but partially");
    expect(catalog.priorities[2].definition).toMatch(/^minor breakdowns/);
    expect(catalog.priorities[3].definition).toBe(catalog.priorities[2].definition);
  });

  it("counts response times in the support hours of the zone the customer picks", () => {
    // Friday 17:00 +01:00: one hour on Friday, three on Monday from 09:00.
    expect(due(catalog, "basic", "p1", "2026-03-06T16:00:00Z")).toEqual({ dueAt: "2026-03-09T11:00:00.000Z", target: "4 business hours" });
    expect(due(catalog, "basic", "p1", "2026-03-06T14:00:00Z", "+03:00").dueAt).toBe("2026-03-09T09:00:00.000Z");
    expect(due(catalog, "basic", "p4", "2026-03-06T14:00:00Z", "-02:00")).toEqual({ dueAt: "2026-03-09T13:00:00.000Z", target: "8 business hours" });
    // Business works weekends: Saturday 16:00 +01:00 + 4 hours is Sunday 11:00.
    expect(due(catalog, "business", "p2", "2026-03-07T15:00:00Z").dueAt).toBe("2026-03-08T10:00:00.000Z");
    // Premium is 24/7.
    expect(due(catalog, "premium", "p3", "2026-03-07T03:00:00Z").dueAt).toBe("2026-03-07T05:00:00.000Z");
    expect(() => due(catalog, "basic", "p1", "2026-03-06T16:00:00Z", "Europe/Rome")).toThrow(/\+01:00/);
  });

  it("keeps the support team's service exceptions", () => {
    expect(catalog.exclusions.map((e) => e.heading)).toEqual(["Business processes", "Modifications in Beesender packages"]);
    expect(exclusionTexts(catalog, "NOT_COVERED")[1]).toContain("removes the possibility for our team to provide you with the support");
  });
});

describe("aimaras", () => {
  const catalog = load("aimaras");

  it("prices 6%, 12% and 20% of the project budget a year", () => {
    const price = (planKey: string, termYears = 1) => priceQuote(catalog, { planKey, projectBudget: "60000", termYears }).total;
    expect(price("basic")).toBe("3600.00");
    expect(price("business")).toBe("7200.00");
    expect(price("premium")).toBe("12000.00");
    expect(price("business", 2)).toBe("14400.00");
    expect(() => priceQuote(catalog, { planKey: "basic" })).toThrow(/projectBudget/);
    expect(row(catalog, "package-cost")).toEqual({ basic: "6%", business: "12%", premium: "20%" });
  });

  it("gives 30 days below $25.000, 60 days from $25.000 to $75.000 and 90 days above", () => {
    const days = (budget: string) => guaranteeFor(catalog.guaranteeBands, new Dec(budget), null)?.days;
    expect(days("0")).toBe(30);
    expect(days("24999.99")).toBe(30);
    expect(days("25000")).toBe(60);
    expect(days("75000")).toBe(60);
    expect(days("75000.01")).toBe(90);
    expect(days("1000000")).toBe(90);
    expect(catalog.guaranteeBands.map((b) => b.label)).toEqual(["Below $25.000", "From $25.000 to $75.000", "Above $75.000"]);
    expect(catalog.guaranteeNote).toBe("Free post-project guarantee period, calendar days");
  });

  it("dates the guarantee from go-live in a quote", () => {
    const quote = priceQuote(catalog, { planKey: "basic", projectBudget: "60000", goLiveDate: "2026-05-01" });
    expect(quote.guarantee).toMatchObject({ days: 60, startsOn: "2026-05-01", endsOn: "2026-06-29" });
  });

  it("shows channels, contacts and the severity response times", () => {
    expect(row(catalog, "case-registration-channels").basic).toBe("client portal, website chatbot, email");
    expect(row(catalog, "communication-channels")).toEqual({ basic: "email", business: "email, Phone", premium: "email, Phone, WhatsApp/Telegram" });
    expect(row(catalog, "authorized-contacts")).toEqual({ basic: "2", business: "3", premium: "5" });
    expect(row(catalog, "response-time-severity-a")).toEqual({ basic: "8", business: "2", premium: "1" });
    expect(row(catalog, "response-time-severity-b")).toEqual({ basic: "12", business: "4", premium: "2" });
    expect(row(catalog, "response-time-severity-c-d")).toEqual({ basic: "16", business: "8", premium: "4" });
    expect(row(catalog, "support-hours").business).toBe("9 am – 6 pm (Monday – Sunday)");
    expect(catalog.plans.map((p) => p.authorizedContacts)).toEqual([2, 3, 5]);
    expect(
      ["package-cost", "support-hours", "response-time-severity-a", "response-time-severity-b", "response-time-severity-c-d", "authorized-contacts"].map((k) =>
        sourceOf(catalog, k),
      ),
    ).toEqual(["PRICE", "SUPPORT_HOURS", "SLA a", "SLA b", "SLA c d", "AUTHORIZED_CONTACTS"]);
  });

  it("reads \"-\" as not included", () => {
    expect(row(catalog, "admin-questions")).toEqual({ basic: "✓", business: "✓", premium: "✓" });
    expect(row(catalog, "users-questions")).toEqual({ basic: "✗", business: "✓", premium: "✓" });
    expect(row(catalog, "developer-consultations")).toEqual({ basic: "✗", business: "✗", premium: "✓" });
  });

  it("counts Severity A to D targets in working hours, C and D alike", () => {
    expect(catalog.priorities.map((p) => p.label)).toEqual(["Severity A", "Severity B", "Severity C", "Severity D"]);
    // Monday 09:00 +01:00 + 16 working hours: 9 on Monday, 7 on Tuesday.
    expect(due(catalog, "basic", "d", "2026-03-02T08:00:00Z")).toEqual({ dueAt: "2026-03-03T15:00:00.000Z", target: "16 business hours" });
    expect(due(catalog, "basic", "c", "2026-03-02T08:00:00Z").dueAt).toBe("2026-03-03T15:00:00.000Z");
    // Sunday 17:00 -02:00 on Business: one hour on Sunday, one on Monday.
    expect(due(catalog, "business", "a", "2026-03-08T19:00:00Z", "-02:00").dueAt).toBe("2026-03-09T12:00:00.000Z");
    expect(due(catalog, "premium", "b", "2026-03-08T19:00:00Z", "+10:00").dueAt).toBe("2026-03-08T21:00:00.000Z");
  });

  it("does not cover client errors, changes by the client or third parties, or third-party software", () => {
    expect(exclusionTexts(catalog, "NOT_COVERED")).toEqual([
      "client errors",
      "changes made to the project by the client",
      "changes made to the project by a third-party",
      "issues related to third-party software or hardware",
    ]);
  });
});

describe("pipe17", () => {
  const catalog = load("pipe17");

  it("includes Standard, quotes Enterprise, Configuration and the Premium add-on on request", () => {
    expect(catalog.plans.map((p) => p.key)).toEqual(["standard", "enterprise", "configuration", "premium"]);
    const standard = priceQuote(catalog, { planKey: "standard" });
    expect(standard.lines.map((l) => [l.label, l.amount, l.detail])).toEqual([["Standard Support", "0.00", "Included with all Pipe17 plans"]]);
    expect(standard.total).toBe("0.00");
    const withPremium = priceQuote(catalog, { planKey: "standard", addOnKeys: ["premium"] });
    expect(withPremium.lines.map((l) => [l.label, l.amount])).toEqual([
      ["Standard Support", "0.00"],
      ["Premium Support", null],
    ]);
    expect(withPremium.total).toBeNull();
    const agreed = priceQuote(catalog, { planKey: "enterprise", addOnKeys: ["premium"], customPrices: [{ planKey: "premium", amount: "5000" }] });
    expect(agreed.lines.map((l) => l.amount)).toEqual([null, "5000.00"]);
    expect(priceQuote(catalog, { planKey: "standard", addOnKeys: ["enterprise", "configuration"] }).lines).toHaveLength(3);
  });

  it("shows first response times by priority", () => {
    expect(row(catalog, "frt-urgent")).toEqual({ standard: "6 business hours", enterprise: "4 business hours", configuration: null, premium: "30 minutes" });
    expect(row(catalog, "frt-high")).toEqual({ standard: "10 business hours", enterprise: "8 business hours", configuration: null, premium: "12 hours" });
    expect(row(catalog, "frt-normal")).toEqual({ standard: "16 business hours", enterprise: "12 business hours", configuration: null, premium: "3 days" });
    expect(row(catalog, "frt-low")).toEqual({ standard: "24 business hours", enterprise: "24 business hours", configuration: null, premium: "3 days" });
    expect(["frt-urgent", "frt-high", "frt-normal", "frt-low"].map((k) => sourceOf(catalog, k))).toEqual(["SLA urgent", "SLA high", "SLA normal", "SLA low"]);
  });

  it("says only Configuration lacks fixed SLAs: the other plans give first-response times, not fixed SLAs", () => {
    expect(row(catalog, "fixed-slas")).toEqual({ standard: null, enterprise: null, configuration: "✗", premium: null });
    expect(catalog.features.find((f) => f.key === "fixed-slas")!.cells.configuration.note).toBe(
      "Timelines depend on the specific customer agreement and project scope.",
    );
    expect(catalog.features.find((f) => f.key === "support-channels")!.cells.enterprise.note).toBe("Email/portal support with guaranteed SLAs.");
  });

  it("shows support hours, channels and assistance", () => {
    expect(row(catalog, "support-hours")).toEqual({
      standard: "Mon–Fri 06:00–18:00 (America/Los_Angeles)",
      enterprise: "Mon–Fri 06:00–18:00 (America/Los_Angeles)",
      configuration: null,
      premium: "24/7",
    });
    expect(row(catalog, "support-channels").configuration).toBe("ticketing system, email, Slack");
    expect(row(catalog, "non-email-channels").standard).toBe("✗");
    expect(row(catalog, "slack-channel").enterprise).toBe("Optional, no SLA");
    expect(row(catalog, "priority-over-direct-email").standard).toBe("Treated as a standard priority request");
    expect(row(catalog, "solution-architect-access").enterprise).toBe("SA hours per year defined in the subscription plan");
    expect(row(catalog, "configuration-assistance")).toEqual({ standard: null, enterprise: "✓", configuration: "✓", premium: "✗" });
    expect(row(catalog, "custom-development").premium).toBe("✗");
    expect(row(catalog, "bug-fixing").configuration).toBe("✗");
    expect(row(catalog, "asana-project-management").configuration).toBe("✓");
  });

  it("counts Standard and Enterprise targets in Pacific business hours, across the DST change", () => {
    // Friday 17:00 PST: one hour on Friday, five from Monday 06:00 PDT.
    expect(due(catalog, "standard", "urgent", "2026-03-07T01:00:00Z")).toEqual({ dueAt: "2026-03-09T18:00:00.000Z", target: "6 business hours" });
    // Tuesday 05:00 PDT starts counting at 06:00.
    expect(due(catalog, "enterprise", "high", "2026-03-10T12:00:00Z")).toEqual({ dueAt: "2026-03-10T21:00:00.000Z", target: "8 business hours" });
    // Tuesday 06:00 PDT + 24 business hours ends at Wednesday's closing, 18:00 PDT.
    expect(due(catalog, "standard", "low", "2026-03-10T13:00:00Z").dueAt).toBe("2026-03-12T01:00:00.000Z");
  });

  it("counts Premium targets around the clock", () => {
    expect(due(catalog, "premium", "urgent", "2026-03-08T10:00:00Z")).toEqual({ dueAt: "2026-03-08T10:30:00.000Z", target: "30 minutes" });
    expect(due(catalog, "premium", "high", "2026-03-08T10:00:00Z")).toEqual({ dueAt: "2026-03-08T22:00:00.000Z", target: "12 hours" });
    expect(due(catalog, "premium", "low", "2026-03-08T10:00:00Z")).toEqual({ dueAt: "2026-03-11T10:00:00.000Z", target: "3 days" });
  });

  it("gives Configuration Support no response target", () => {
    expect(() => due(catalog, "configuration", "urgent", "2026-03-10T12:00:00Z")).toThrow("Configuration Support has no response-time target for Urgent");
  });

  it("defines the priorities with their examples, urgent first", () => {
    expect(catalog.priorities.map((p) => [p.key, p.label])).toEqual([
      ["urgent", "Urgent"],
      ["high", "High"],
      ["normal", "Normal"],
      ["low", "Low"],
    ]);
    expect(catalog.priorities[0].definition).toBe(
      "Critical business impact with no workaround available. Includes application outages, severe data integrity issues, or security breaches.",
    );
    expect(catalog.priorities[3].examples).toContain("Guidance on creating a new mapping.");
    expect(catalog.priorities.map((p) => p.examples.length)).toEqual([3, 3, 4, 5]);
  });

  it("keeps what each plan does not include and who it is for", () => {
    expect(exclusionTexts(catalog, "NOT_INCLUDED", "standard")).toEqual(["Support via any channel other than email"]);
    expect(exclusionTexts(catalog, "NOT_INCLUDED", "premium")).toEqual([
      "Custom development work or new feature implementations.",
      "Configuration assistance (covered under Configuration Support).",
    ]);
    expect(exclusionTexts(catalog, "NOT_INCLUDED", "configuration")).toHaveLength(2);
    expect(findPlan(catalog, "premium")!.forYouIf[0]).toBe("Require 24/7 support availability, including weekends and holidays.");
    expect(findPlan(catalog, "standard")!.forYouIf).toHaveLength(4);
    expect(catalog.notes[0]).toContain("If you submit a request over direct email, it will be treated as a standard priority request.");
  });
});
