import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { errorCode, startTestApp, type GraphQLAnswer } from "../support/app.js";

const t = await startTestApp();
const admin = await t.signIn("ADMIN");

function ok<T = any>(answer: GraphQLAnswer<T>): T {
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

const DRAFT = `query($slug: String!) { catalogDraft(slug: $slug) { revision document problems { path message warning } } }`;
const UPDATE_PLAN = `mutation($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) { updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) { revision } }`;
const ADD_FEATURE = `mutation($slug: String!, $revision: Int!, $feature: FeatureInput!) { addFeature(slug: $slug, revision: $revision, feature: $feature) { revision problems { path message warning } } }`;
const PUBLISH = `mutation($slug: String!, $revision: Int!) { publishCatalog(slug: $slug, revision: $revision) { publishedVersion } }`;
const PUBLIC = `query($slug: String!) {
  catalog(slug: $slug) {
    version notes editorNotes guaranteeNote
    plans { key authorizedContacts pricing { note editorNote summary } slaTargets { priorityKey text } }
    features { key label source { kind priorityKeys summary } cells { planKey display note editorNote } }
    requestCategories { key creditsText needsConfirmation }
  }
}`;

async function draft(slug: string) {
  return ok(await admin.gql(DRAFT, { slug })).catalogDraft;
}

async function publicCatalog(slug: string) {
  return ok(await t.gql(PUBLIC, { slug })).catalog;
}

function cells(catalog: any, key: string): Record<string, string | null> {
  return Object.fromEntries(catalog.features.find((f: any) => f.key === key).cells.map((c: any) => [c.planKey, c.display]));
}

/** The plan of a draft document as PlanInput, with changes. */
function planInput(doc: any, key: string, changes: Record<string, unknown>) {
  const p = doc.plans.find((x: any) => x.key === key);
  return {
    key: p.key,
    name: p.name,
    pricing: p.pricing,
    calendar: p.calendar,
    slaTargets: Object.entries(p.sla).map(([priorityKey, target]: [string, any]) => ({ priorityKey, ...target })),
    ...changes,
  };
}

async function editPlanAndPublish(slug: string, key: string, change: (doc: any) => Record<string, unknown>) {
  const { revision, document } = await draft(slug);
  const next = ok(await admin.gql(UPDATE_PLAN, { slug, revision, key, plan: planInput(document, key, change(document)) })).updatePlan.revision;
  ok(await admin.gql(PUBLISH, { slug, revision: next }));
}

describe("a fact changed once shows everywhere it is shown", () => {
  it("Aimaras' Business Severity A target: 2 -> 3 working hours, in its row and its target, and the old value nowhere", async () => {
    expect(cells(await publicCatalog("aimaras"), "response-time-severity-a")).toEqual({ basic: "8", business: "2", premium: "1" });
    await editPlanAndPublish("aimaras", "business", (doc) => {
      const sla = { ...doc.plans[1].sla, a: { ...doc.plans[1].sla.a, amount: "3" } };
      return { slaTargets: Object.entries(sla).map(([priorityKey, target]: [string, any]) => ({ priorityKey, ...target })) };
    });
    const pub = await publicCatalog("aimaras");
    expect(pub.version).toBe(2);
    const row = pub.features.find((f: any) => f.key === "response-time-severity-a");
    expect(row.source).toEqual({ kind: "SLA", priorityKeys: ["a"], summary: "first response, Severity A" });
    expect(cells(pub, "response-time-severity-a")).toEqual({ basic: "8", business: "3", premium: "1" });
    const business = pub.plans.find((p: any) => p.key === "business");
    expect(business.slaTargets.find((s: any) => s.priorityKey === "a").text).toBe("3 business hours");
    // No other row or target of Business still reads Severity A's old 2 hours.
    const businessCells = pub.features.map((f: any) => f.cells.find((c: any) => c.planKey === "business").display);
    expect(businessCells.filter((d: string | null) => d === "2")).toEqual([]);
    expect(business.slaTargets.map((s: any) => s.text)).not.toContain("2 business hours");
  });

  it("Beesender's Business percent: 10% -> 12%, in the vendor's words, and 10% nowhere", async () => {
    await editPlanAndPublish("beesender", "business", (doc) => ({ pricing: { ...doc.plans[1].pricing, percent: "12" } }));
    const pub = await publicCatalog("beesender");
    expect(cells(pub, "package-cost")).toEqual({ basic: "Free", business: "12% of the licenses price", premium: "20% of the licenses price" });
    expect(pub.plans[1].pricing.summary).toBe("12% of the license price a year");
    expect(JSON.stringify(pub)).not.toContain("10%");
  });
});

describe("derived rows through the editor", () => {
  it("adds a \"first response, P1\" row: no typed cells, each cell computed from the plan's target", async () => {
    const { revision } = await draft("beesender");
    const added = ok(
      await admin.gql(ADD_FEATURE, {
        slug: "beesender",
        revision,
        feature: { key: "first-response-p1", label: "First response, P1", source: { kind: "SLA", priorityKeys: ["p1"] } },
      }),
    ).addFeature;
    ok(await admin.gql(PUBLISH, { slug: "beesender", revision: added.revision }));
    const pub = await publicCatalog("beesender");
    expect(cells(pub, "first-response-p1")).toEqual({ basic: "4 business hours", business: "1 business hour", premium: "1 business hour" });
  });

  it("refuses a typed value in a derived row, saying why", async () => {
    const { revision } = await draft("beesender");
    const answer = await admin.gql(
      `mutation($r: Int!) { setCell(slug: "beesender", revision: $r, featureKey: "authorized-contacts", planKey: "basic", cell: { value: "3" }) { revision } }`,
      { r: revision },
    );
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].message).toContain("derived row");
  });

  it("warns about a free-text row that states a price, without keeping the draft from being published", async () => {
    const { revision } = await draft("pipe17");
    const added = ok(
      await admin.gql(ADD_FEATURE, {
        slug: "pipe17",
        revision,
        feature: { key: "yearly-fee", label: "Yearly fee", valueType: "TEXT", cells: [{ planKey: "standard", value: "none" }] },
      }),
    ).addFeature;
    expect(added.problems).toEqual([
      {
        path: expect.stringMatching(/^features\[\d+\]\.label$/),
        message: 'The row "Yearly fee" is typed by hand but seems to state the price: add a derived row (price) instead, so the page cannot contradict the structured fact',
        warning: true,
      },
    ]);
    const list = ok(await admin.gql(`{ adminCatalogs { slug problemCount } }`)).adminCatalogs;
    expect(list.find((c: any) => c.slug === "pipe17").problemCount).toBe(0);
    expect(ok(await admin.gql(PUBLISH, { slug: "pipe17", revision: added.revision })).publishCatalog.publishedVersion).toBe(2);
  });
});

describe("the public catalog reads every fact once, and tells the vendor's words from ours", () => {
  it("gives each plan's authorized contacts and the derived source of each row", async () => {
    const pub = await publicCatalog("aimaras");
    expect(pub.plans.map((p: any) => p.authorizedContacts)).toEqual([2, 3, 5]);
    const sources = pub.features.filter((f: any) => f.source).map((f: any) => [f.key, f.source.kind, f.source.priorityKeys]);
    expect(sources).toEqual([
      ["support-hours", "SUPPORT_HOURS", []],
      ["authorized-contacts", "AUTHORIZED_CONTACTS", []],
      ["response-time-severity-a", "SLA", ["a"]],
      ["response-time-severity-b", "SLA", ["b"]],
      ["response-time-severity-c-d", "SLA", ["c", "d"]],
      ["package-cost", "PRICE", []],
    ]);
    expect(pub.guaranteeNote).toBe("Free post-project guarantee period, calendar days");
    expect(pub.notes.find((n: string) => n.startsWith("The post-project guarantee COVERS"))).toBeDefined();
    expect(pub.editorNotes).toContain("Response times for Severity A, B, C and D cases are counted in working hours, in the support hours of the plan; Severity C and D share one target.");
  });

  it("marks the product's notes apart from the vendor's", async () => {
    const pub = await publicCatalog("pingstreams");
    expect(pub.plans[0].pricing).toMatchObject({
      note: "These packages are not included in the base license fee and must be purchased separately.",
      editorNote: "No price is published: the package is priced on request.",
    });
    const bugFixing = pub.features.find((f: any) => f.key === "bug-fixing-first-30-days").cells[0];
    expect([bugFixing.display, bugFixing.note, bugFixing.editorNote]).toEqual(["✓", null, "Time-limited: within the first 30 days"]);
  });

  it("gives the credit categories with their credits and confirmation rule", async () => {
    const pub = await publicCatalog("pro-support-credits");
    expect(pub.requestCategories.map((c: any) => [c.key, c.creditsText, c.needsConfirmation])).toEqual([
      ["explanation", "5 credits", false],
      ["settings", "10 credits", true],
      ["code-modification", "from 20 credits", true],
      ["investigation", "20 credits", true],
      ["upgrade", "20 credits within 2 patch versions, then 5 credits per further version", true],
    ]);
  });
});
