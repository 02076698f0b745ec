import { describe, expect, it } from "vitest";
import { FIXTURE_DOC } from "../support/catalog-fixture.js";
import { startTestApp } from "../support/app.js";

const t = await startTestApp();

const CATALOG = `query($slug: String!) {
  catalog(slug: $slug) {
    slug name currency version
    plans { key name availability addOnTo includedWith forYouIf
      pricing { kind percent amount packs { credits price } summary }
      calendar { zones alwaysOpen summary }
      limits { text }
      slaTargets { priorityKey text } }
    features { key label cells { planKey display } }
    exclusions { text planKeys kind }
    priorities { key label definition examples }
    guaranteeBands { days min minInclusive max maxInclusive label }
    requestCategories { key credits creditKind needsConfirmation creditsText }
  }
}`;

async function catalog(slug: string) {
  const answer = await t.gql(CATALOG, { slug });
  expect(answer.errors).toBeUndefined();
  return answer.data.catalog;
}

/** A row as a prospect reads it, by plan key. */
function row(c: any, key: string): Record<string, string | null> {
  const feature = c.features.find((f: any) => f.key === key);
  expect(feature, `row ${key}`).toBeDefined();
  return Object.fromEntries(feature.cells.map((cell: any) => [cell.planKey, cell.display]));
}

describe("catalogs", () => {
  it("lists the six demo catalogs, published, in USD", async () => {
    const answer = await t.gql(`{ catalogs { slug currency version plans { key } } }`);
    const bySlug = Object.fromEntries(answer.data.catalogs.map((c: any) => [c.slug, c]));
    expect(Object.keys(bySlug).sort()).toEqual(["aimaras", "beesender", "pingstreams", "pipe17", "pro-support-credits", "tiledesk"]);
    expect(Object.fromEntries(Object.entries(bySlug).map(([slug, c]: [string, any]) => [slug, c.plans.map((p: any) => p.key)]))).toEqual({
      pingstreams: ["pro", "enterprise"],
      tiledesk: ["pro", "enterprise"],
      "pro-support-credits": ["credits"],
      beesender: ["basic", "business", "premium"],
      aimaras: ["basic", "business", "premium"],
      pipe17: ["standard", "enterprise", "configuration", "premium"],
    });
    for (const c of answer.data.catalogs) expect([c.currency, c.version]).toEqual(["USD", 1]);
  });

  it("answers null for an unknown catalog and for one never published", async () => {
    await t.services.catalogs.create({ ...FIXTURE_DOC, slug: "unpublished" });
    expect((await t.gql(`{ a: catalog(slug: "nope") { slug } b: catalog(slug: "unpublished") { slug } }`)).data).toEqual({ a: null, b: null });
    const listed = (await t.gql(`{ catalogs { slug } }`)).data.catalogs.map((c: any) => c.slug);
    expect(listed).not.toContain("unpublished");
  });

  it("costs the same number of statements for a catalog of 1 or of 12 plans and 40 rows", async () => {
    const big = structuredClone(FIXTURE_DOC) as any;
    big.slug = "big";
    for (let i = 0; i < 5; i++) big.plans.push({ key: `extra-${i}`, name: `Extra ${i}`, pricing: { kind: "FIXED", amount: "10" } });
    big.features = Array.from({ length: 40 }, (_, i) => ({ key: `f${i}`, label: `Row ${i}`, cells: Object.fromEntries(big.plans.map((p: any) => [p.key, i % 2 === 0])) }));
    const small = { slug: "small", name: "Small", currency: "USD", plans: [{ key: "only", name: "Only", pricing: { kind: "INCLUDED" } }] };
    for (const doc of [big, small]) await t.services.catalogs.publish((await t.services.catalogs.create(doc)).id, null);

    const count = async (slug: string) => {
      // A new app instance each time, so no version is cached yet.
      const cold = await import("../../server/services/services.js").then((m) => m.createServices(t.dataSource));
      const { createApp } = await import("../../server/http/app.js");
      const app = await createApp({ services: cold, clientDir: null });
      const statements = await t.countStatements(() =>
        app.http.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json" }, payload: JSON.stringify({ query: CATALOG, variables: { slug } }) }),
      );
      await app.http.close();
      return statements.length;
    };
    const forBig = await count("big");
    const forSmall = await count("small");
    expect(forBig).toBe(forSmall);
    expect(forBig).toBeLessThanOrEqual(16);

    const all = await t.countStatements(() => t.gql(`{ catalogs { plans { pricing { kind } } features { cells { display } } exclusions { text } } }`));
    expect(all.length).toBeLessThanOrEqual(16);
  });
});

describe("pingstreams and tiledesk", () => {
  it.each(["pingstreams", "tiledesk"])("%s: Pro and Enterprise priced on request, Pro for small setups", async (slug) => {
    const c = await catalog(slug);
    expect(c.plans.map((p: any) => [p.key, p.pricing.kind, p.pricing.summary])).toEqual([
      ["pro", "QUOTE_BASED", "Price on request"],
      ["enterprise", "QUOTE_BASED", "Price on request"],
    ]);
    expect(c.plans[0].limits.map((l: any) => l.text)).toEqual(["less than 10 agents", "less than 5 bots"]);
    expect(c.plans[1].forYouIf).toContain("Need scalability testing");
    expect(c.plans[1].forYouIf).toHaveLength(10);
    expect(row(c, "bug-fixing-first-30-days")).toEqual({ pro: "✓", enterprise: null });
    expect(row(c, "email-only-channel")).toEqual({ pro: "✓", enterprise: null });
    expect(row(c, "platform-upgrades")).toEqual({ pro: "✗", enterprise: null });
    expect(row(c, "dedicated-account-manager")).toEqual({ pro: "✗", enterprise: null });
    expect(c.exclusions.find((e: any) => e.kind === "WARRANTY_VOID").text).toBe(
      "For the paid Support Packages, warranty always declines on modified components of the platform.",
    );
    expect(c.priorities).toEqual([]);
    expect(c.guaranteeBands).toEqual([]);
  });

  it("tiledesk alone withholds logo removal from Pro", async () => {
    expect(row(await catalog("tiledesk"), "logo-removal-permission")).toEqual({ pro: "✗", enterprise: null });
    expect((await catalog("pingstreams")).features.map((f: any) => f.key)).not.toContain("logo-removal-permission");
  });
});

describe("pro-support-credits", () => {
  it("sells packs of 25 to 500 credits without published prices, and five request categories", async () => {
    const c = await catalog("pro-support-credits");
    expect(c.plans[0].pricing.kind).toBe("CREDIT_PACKS");
    expect(c.plans[0].pricing.packs).toEqual([25, 50, 100, 200, 300, 400, 500].map((credits) => ({ credits, price: null })));
    expect(c.requestCategories.map((rc: any) => [rc.key, rc.creditsText, rc.needsConfirmation])).toEqual([
      ["explanation", "5 credits", false],
      ["settings", "10 credits", true],
      ["code-modification", "from 20 credits", true],
      ["investigation", "20 credits", true],
      ["upgrade", "20 credits within 2 patch versions, then 5 credits per further version", true],
    ]);
  });
});

describe("beesender", () => {
  it("prices Basic free, Business 10% and Premium 20% of the license price", async () => {
    const c = await catalog("beesender");
    expect(c.plans.map((p: any) => [p.pricing.kind, p.pricing.percent])).toEqual([
      ["INCLUDED", null],
      ["PERCENT_OF_LICENSE", "10"],
      ["PERCENT_OF_LICENSE", "20"],
    ]);
    expect(row(c, "package-cost")).toEqual({ basic: "Free", business: "10% of the licenses price", premium: "20% of the licenses price" });
  });

  it("shows the comparison table as the seed states it", async () => {
    const c = await catalog("beesender");
    expect(row(c, "case-registration-time")).toEqual({ basic: "24/7", business: "24/7", premium: "24/7" });
    expect(row(c, "support-hours")).toEqual({
      basic: "9 am – 6 pm (Monday – Friday)",
      business: "9 am – 6 pm (Monday – Sunday)",
      premium: "24/7",
    });
    expect(row(c, "communication-channels")).toEqual({ basic: "email", business: "email, phone", premium: "email, phone, Skype" });
    expect(row(c, "response-time-high-priority")).toEqual({ basic: "4", business: "1", premium: "1" });
    expect(row(c, "response-time-priority-2-4")).toEqual({ basic: "8", business: "4", premium: "2" });
    expect(row(c, "authorized-contacts")).toEqual({ basic: "2", business: "5", premium: "15" });
    expect(row(c, "case-processing")).toEqual({ basic: "✓", business: "✓", premium: "✓" });
    expect(row(c, "customer-success-manager")).toEqual({ basic: "✗", business: "✓", premium: "✓" });
    expect(row(c, "server-license-support")).toEqual({ basic: "✗", business: "✗", premium: "✓" });
    expect(c.plans[0].calendar.zones).toEqual(["+01:00", "+02:00", "+03:00", "+08:00", "+10:00", "-02:00"]);
    expect(c.priorities.map((p: any) => p.label)).toEqual(["P1", "P2", "P3", "P4"]);
    expect(c.plans[1].slaTargets.map((s: any) => [s.priorityKey, s.text])).toEqual([
      ["p1", "1 business hour"],
      ["p2", "4 business hours"],
      ["p3", "4 business hours"],
      ["p4", "4 business hours"],
    ]);
  });
});

describe("aimaras", () => {
  it("prices 6, 12 and 20% of the project budget and has three guarantee bands", async () => {
    const c = await catalog("aimaras");
    expect(c.plans.map((p: any) => [p.pricing.kind, p.pricing.percent, p.pricing.summary])).toEqual([
      ["PERCENT_OF_PROJECT_BUDGET", "6", "6% of the project budget a year"],
      ["PERCENT_OF_PROJECT_BUDGET", "12", "12% of the project budget a year"],
      ["PERCENT_OF_PROJECT_BUDGET", "20", "20% of the project budget a year"],
    ]);
    expect(c.guaranteeBands).toEqual([
      { days: 30, min: "0.00", minInclusive: true, max: "25000.00", maxInclusive: false, label: "Below $25.000" },
      { days: 60, min: "25000.00", minInclusive: true, max: "75000.00", maxInclusive: true, label: "From $25.000 to $75.000" },
      { days: 90, min: "75000.00", minInclusive: false, max: null, maxInclusive: false, label: "Above $75.000" },
    ]);
    expect(row(c, "users-questions")).toEqual({ basic: "✗", business: "✓", premium: "✓" });
    expect(row(c, "communication-channels")).toEqual({ basic: "email", business: "email, Phone", premium: "email, Phone, WhatsApp/Telegram" });
    expect(c.priorities.map((p: any) => [p.key, p.label])).toEqual([
      ["a", "Severity A"],
      ["b", "Severity B"],
      ["c", "Severity C"],
      ["d", "Severity D"],
    ]);
    expect(c.exclusions.filter((e: any) => e.kind === "NOT_COVERED").map((e: any) => e.text)).toEqual(
      expect.arrayContaining(["client errors", "issues related to third-party software or hardware"]),
    );
  });
});

describe("pipe17", () => {
  it("includes Standard, and sells Enterprise, Configuration and Premium on request", async () => {
    const c = await catalog("pipe17");
    expect(c.plans.map((p: any) => [p.key, p.availability, p.addOnTo, p.pricing.kind])).toEqual([
      ["standard", ["INCLUDED"], [], "INCLUDED"],
      ["enterprise", ["BASE", "ADD_ON"], ["standard"], "QUOTE_BASED"],
      ["configuration", ["BASE", "ADD_ON"], ["standard", "enterprise"], "QUOTE_BASED"],
      ["premium", ["ADD_ON"], ["standard", "enterprise"], "QUOTE_BASED"],
    ]);
    expect(row(c, "frt-urgent")).toEqual({ standard: "6 business hours", enterprise: "4 business hours", configuration: null, premium: "30 minutes" });
    expect(row(c, "frt-high")).toEqual({ standard: "10 business hours", enterprise: "8 business hours", configuration: null, premium: "12 hours" });
    expect(row(c, "frt-normal")).toEqual({ standard: "16 business hours", enterprise: "12 business hours", configuration: null, premium: "3 days" });
    expect(row(c, "frt-low")).toEqual({ standard: "24 business hours", enterprise: "24 business hours", configuration: null, premium: "3 days" });
    expect(c.plans[0].calendar.summary).toBe("Mon–Fri 06:00–18:00 (America/Los_Angeles)");
    expect(c.plans[3].calendar.summary).toBe("24/7");
    const urgent = c.priorities.find((p: any) => p.key === "urgent");
    expect(urgent.examples).toContain("Complete application outage preventing sales orders from processing.");
    expect(c.priorities.map((p: any) => p.key)).toEqual(["urgent", "high", "normal", "low"]);
    expect(c.exclusions.filter((e: any) => e.planKeys.includes("premium")).map((e: any) => e.text)).toEqual([
      "Custom development work or new feature implementations.",
      "Configuration assistance (covered under Configuration Support).",
    ]);
  });
});
