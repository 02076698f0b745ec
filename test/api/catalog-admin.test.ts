import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { CatalogVersionEntity } from "../../server/db/entities/catalog-version.entity.js";
import { readVersions } from "../../server/db/snapshot.js";
import { FIXTURE_DOC } from "../support/catalog-fixture.js";
import { errorCode, startTestApp, type GraphQLAnswer } from "../support/app.js";

const t = await startTestApp();
const admin = await t.signIn("ADMIN", "catalog-admin@example.com");

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The data of an answer, failing with its errors when there are some. */
function ok<T = any>(answer: GraphQLAnswer<T>): T {
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

const DRAFT = `query($slug: String!) { catalogDraft(slug: $slug) { slug revision publishedVersion document problems { path message } } }`;

async function draft(slug: string): Promise<{ revision: number; document: any; problems: { path: string; message: string }[]; publishedVersion: number | null }> {
  return ok(await admin.gql(DRAFT, { slug })).catalogDraft;
}

/** A plan of a catalog document as the PlanInput the editor sends, with changes. */
function planInput(doc: any, key: string, changes: Record<string, unknown> = {}) {
  const p = doc.plans.find((x: any) => x.key === key);
  expect(p, `plan ${key}`).toBeDefined();
  return {
    key: p.key,
    name: p.name,
    tagline: p.tagline,
    description: p.description,
    forYouIf: p.forYouIf,
    availability: p.availability,
    addOnTo: p.addOnTo,
    includedWith: p.includedWith,
    pricing: p.pricing,
    calendar: p.calendar,
    limits: p.limits,
    requiresEdition: p.requiresEdition,
    slaTargets: Object.entries(p.sla).map(([priorityKey, target]: [string, any]) => ({ priorityKey, ...target })),
    notes: p.notes,
    ...changes,
  };
}

const UPDATE_PLAN = `mutation($slug: String!, $revision: Int!, $key: String!, $plan: PlanInput!) {
  updatePlan(slug: $slug, revision: $revision, key: $key, plan: $plan) { revision document problems { path message } }
}`;

const SET_CELL = `mutation($slug: String!, $revision: Int!, $featureKey: String!, $planKey: String!, $cell: CellInput) {
  setCell(slug: $slug, revision: $revision, featureKey: $featureKey, planKey: $planKey, cell: $cell) { revision }
}`;

const PUBLISH = `mutation($slug: String!, $revision: Int!) { publishCatalog(slug: $slug, revision: $revision) { slug publishedVersion revision hasUnpublishedChanges } }`;

const PUBLIC = `query($slug: String!) {
  catalog(slug: $slug) {
    name currency version
    plans { key name availability addOnTo includedWith forYouIf
      pricing { kind percent amount period minimum maximum packs { credits price } summary }
      calendar { zones alwaysOpen summary } limits { text } slaTargets { priorityKey text } notes }
    features { key label group valueType unit cells { planKey display note } }
    exclusions { text planKeys kind heading }
    priorities { key label definition examples }
    guaranteeBands { days min minInclusive max maxInclusive label }
    requestCategories { key label credits creditKind needsConfirmation creditsText }
  }
}`;

async function publicCatalog(slug: string) {
  return ok(await t.gql(PUBLIC, { slug })).catalog;
}

/** An unpublished copy of a demo catalog's draft, published once so it has version 1. */
async function publishedCopy(source: string, slug: string): Promise<number> {
  ok(await admin.gql(`mutation($s: String!, $n: String!, $name: String!) { cloneCatalog(slug: $s, newSlug: $n, newName: $name) { slug } }`, { s: source, n: slug, name: `Copy of ${source}` }));
  const published = ok(await admin.gql(PUBLISH, { slug, revision: 1 })).publishCatalog;
  expect(published.publishedVersion).toBe(1);
  return published.revision;
}

async function auditEntries(slug: string): Promise<{ action: string; summary: string; before: any; after: any; actorEmail: string | null }[]> {
  const answer = await admin.gql(`query($key: String!) { auditLog(entity: "catalog", entityKey: $key, first: 100) { entries { action summary before after actorEmail } } }`, { key: slug });
  return ok(answer).auditLog.entries;
}

describe("who may administer catalogs", () => {
  it("refuses prospects (UNAUTHENTICATED) and sales reps (FORBIDDEN), for reading and for editing, and changes nothing", async () => {
    const sales = await t.signIn("SALES");
    const { revision, document } = await draft("aimaras");
    const edit = { slug: "aimaras", revision, key: "business", plan: planInput(document, "business", { name: "Hacked" }) };
    for (const [client, code] of [
      [t, "UNAUTHENTICATED"],
      [sales, "FORBIDDEN"],
    ] as const) {
      expect(errorCode(await client.gql(`{ adminCatalogs { slug } }`))).toBe(code);
      expect(errorCode(await client.gql(DRAFT, { slug: "aimaras" }))).toBe(code);
      expect(errorCode(await client.gql(UPDATE_PLAN, edit))).toBe(code);
      expect(errorCode(await client.gql(PUBLISH, { slug: "aimaras", revision }))).toBe(code);
      expect(errorCode(await client.gql(`mutation { deleteCatalog(slug: "aimaras") }`))).toBe(code);
    }
    expect(errorCode(await sales.gql(`{ auditLog(entity: "catalog") { entries { action } } }`))).toBe("FORBIDDEN");
    const after = await draft("aimaras");
    expect(after.revision).toBe(revision);
    expect(after.document.plans[1].name).toBe("Business");
    expect((await publicCatalog("aimaras")).version).toBe(1);
  });
});

describe("the admin list", () => {
  it("shows the demo catalogs as published and unchanged, and a new catalog as unpublished with its problem", async () => {
    const created = ok(
      await admin.gql(`mutation { createCatalog(slug: "acme-new", name: "Acme", currency: "EUR", description: "Support for Acme") { slug name currency revision publishedVersion hasUnpublishedChanges problemCount discountApprovalThreshold } }`),
    ).createCatalog;
    expect(created).toEqual({ slug: "acme-new", name: "Acme", currency: "EUR", revision: 1, publishedVersion: null, hasUnpublishedChanges: true, problemCount: 1, discountApprovalThreshold: "15" });

    const list = ok(await admin.gql(`{ adminCatalogs { slug revision publishedVersion hasUnpublishedChanges problemCount } }`)).adminCatalogs;
    const bySlug = Object.fromEntries(list.map((c: any) => [c.slug, c]));
    for (const slug of ["pingstreams", "tiledesk", "pro-support-credits", "beesender", "pipe17"]) {
      expect(bySlug[slug], slug).toMatchObject({ publishedVersion: 1, hasUnpublishedChanges: false, problemCount: 0 });
    }
    expect(bySlug["acme-new"]).toEqual({ slug: "acme-new", revision: 1, publishedVersion: null, hasUnpublishedChanges: true, problemCount: 1 });
    // Never published: not on the public page.
    expect((await t.gql(`{ catalog(slug: "acme-new") { slug } }`)).data.catalog).toBeNull();
  });

  it("refuses a taken slug (CONFLICT) and a bad slug or currency (BAD_USER_INPUT naming the field)", async () => {
    const taken = await admin.gql(`mutation { createCatalog(slug: "beesender", name: "Again", currency: "USD") { slug } }`);
    expect([errorCode(taken), taken.errors![0].extensions!.field, taken.errors![0].message]).toEqual(["CONFLICT", "slug", 'A catalog with the slug "beesender" already exists']);
    const badSlug = await admin.gql(`mutation { createCatalog(slug: "Bad Slug", name: "X", currency: "USD") { slug } }`);
    expect([errorCode(badSlug), badSlug.errors![0].extensions!.field, badSlug.errors![0].message]).toEqual([
      "BAD_USER_INPUT",
      "slug",
      "The slug may use only lower-case letters, digits and single hyphens",
    ]);
    const badCurrency = await admin.gql(`mutation { createCatalog(slug: "ok-slug", name: "X", currency: "EURO") { slug } }`);
    expect([errorCode(badCurrency), badCurrency.errors![0].extensions!.field]).toEqual(["BAD_USER_INPUT", "currency"]);
    const cloneTaken = await admin.gql(`mutation { cloneCatalog(slug: "beesender", newSlug: "pipe17", newName: "X") { slug } }`);
    expect(errorCode(cloneTaken)).toBe("CONFLICT");
    expect(errorCode(await admin.gql(DRAFT, { slug: "nope" }))).toBe("NOT_FOUND");
  });
});

describe("optimistic concurrency", () => {
  it("of two edits made on the same revision at once, one wins and the other gets CONFLICT with the current revision; nothing is lost", async () => {
    const revision = await publishedCopy("aimaras", "aimaras-race");
    const { document } = await draft("aimaras-race");
    // Both edits read the draft at this revision before either writes: a third session holds the
    // row until both wait for it at their UPDATE, so a check-then-write without the revision in
    // the UPDATE's condition would let both through and lose one change.
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT id FROM catalog WHERE slug = 'aimaras-race' FOR UPDATE`);
    const raise = admin.gql(UPDATE_PLAN, {
      slug: "aimaras-race",
      revision,
      key: "business",
      plan: planInput(document, "business", { pricing: { ...document.plans[1].pricing, percent: "14" } }),
    });
    const rename = admin.gql(UPDATE_PLAN, { slug: "aimaras-race", revision, key: "premium", plan: planInput(document, "premium", { name: "Premium Plus" }) });
    const pending = Promise.all([raise, rename]);
    await waitFor(async () => {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      return n === 2;
    });
    await holder.commitTransaction();
    await holder.release();
    const answers = await pending;

    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(errorCode(lost[0])).toBe("CONFLICT");
    expect(lost[0].errors![0].extensions!.currentRevision).toBe(revision + 1);
    expect(lost[0].errors![0].message).toBe(
      `The draft was changed by someone else since revision ${revision}; it is now at revision ${revision + 1}. Your change was not saved: read what changed since (draftChangesSince) and make it again on the current revision.`,
    );
    expect(won[0].data.updatePlan.revision).toBe(revision + 1);

    // The draft holds the winner's change and only it.
    const after = await draft("aimaras-race");
    expect(after.revision).toBe(revision + 1);
    const raiseWon = answers[0] === won[0];
    expect(after.document.plans[1].pricing.percent).toBe(raiseWon ? "14" : "12");
    expect(after.document.plans[2].name).toBe(raiseWon ? "Premium" : "Premium Plus");

    // The loser reloads and makes its change again: both are there.
    const retry = raiseWon
      ? admin.gql(UPDATE_PLAN, { slug: "aimaras-race", revision: after.revision, key: "premium", plan: planInput(after.document, "premium", { name: "Premium Plus" }) })
      : admin.gql(UPDATE_PLAN, {
          slug: "aimaras-race",
          revision: after.revision,
          key: "business",
          plan: planInput(after.document, "business", { pricing: { ...after.document.plans[1].pricing, percent: "14" } }),
        });
    expect(ok(await retry).updatePlan.revision).toBe(revision + 2);
    const final = await draft("aimaras-race");
    expect([final.document.plans[1].pricing.percent, final.document.plans[2].name]).toEqual(["14", "Premium Plus"]);
    // One audit entry per change that was made; the refused one left none.
    expect((await auditEntries("aimaras-race")).filter((e) => e.action === "catalog.plan.update")).toHaveLength(2);
  });

  it("refuses an edit made on a revision that is no longer current", async () => {
    const { revision, document } = await draft("pingstreams");
    const cell = { featureKey: "service-engineer", planKey: "pro" };
    expect(document.features.find((f: any) => f.key === "service-engineer").cells.pro).toBeUndefined();
    ok(await admin.gql(SET_CELL, { slug: "pingstreams", revision, ...cell, cell: { value: true, note: "first" } }));
    const stale = await admin.gql(SET_CELL, { slug: "pingstreams", revision, ...cell, cell: { value: true, note: "second" } });
    expect([errorCode(stale), stale.errors![0].extensions!.currentRevision]).toEqual(["CONFLICT", revision + 1]);
    const after = (await draft("pingstreams")).document.features.find((f: any) => f.key === "service-engineer");
    expect(after.cells.pro).toEqual({ value: true, text: null, note: "first", editorNote: null, shape: null });
  });
});

describe("editing and publishing", () => {
  it("a sequence of edits, then publish: version 2 is what the public page shows, with the new price", async () => {
    const start = await draft("beesender");
    let revision = start.revision;
    revision = ok(
      await admin.gql(UPDATE_PLAN, {
        slug: "beesender",
        revision,
        key: "business",
        plan: planInput(start.document, "business", { pricing: { ...start.document.plans[1].pricing, percent: "12" } }),
      }),
    ).updatePlan.revision;
    revision = ok(await admin.gql(SET_CELL, { slug: "beesender", revision, featureKey: "users-questions", planKey: "basic", cell: { value: true } })).setCell.revision;
    revision = ok(
      await admin.gql(
        `mutation($r: Int!) { addFeature(slug: "beesender", revision: $r, position: 0, feature: { key: "onboarding-call", label: "Onboarding call", valueType: BOOLEAN, cells: [{ planKey: "premium", value: true }] }) { revision } }`,
        { r: revision },
      ),
    ).addFeature.revision;
    expect(revision).toBe(start.revision + 3);

    // Not public until published.
    expect((await publicCatalog("beesender")).plans[1].pricing.percent).toBe("10");
    const list = ok(await admin.gql(`{ adminCatalogs { slug hasUnpublishedChanges } }`)).adminCatalogs;
    expect(list.find((c: any) => c.slug === "beesender").hasUnpublishedChanges).toBe(true);

    const published = ok(await admin.gql(PUBLISH, { slug: "beesender", revision })).publishCatalog;
    expect(published).toEqual({ slug: "beesender", publishedVersion: 2, revision, hasUnpublishedChanges: false });

    const pub = await publicCatalog("beesender");
    expect(pub.version).toBe(2);
    expect(pub.plans[1].pricing).toMatchObject({ kind: "PERCENT_OF_LICENSE", percent: "12", summary: "12% of the license price a year" });
    expect(pub.features[0]).toMatchObject({ key: "onboarding-call", label: "Onboarding call" });
    expect(pub.features[0].cells.map((c: any) => c.display)).toEqual([null, null, "✓"]);
    // The price row is derived from the rule: it follows it, in the vendor's words.
    expect(pub.features.find((f: any) => f.key === "package-cost").cells.map((c: any) => c.display)).toEqual([
      "Free",
      "12% of the licenses price",
      "20% of the licenses price",
    ]);
    expect(JSON.stringify(pub)).not.toContain("10%");
    const users = pub.features.find((f: any) => f.key === "users-questions");
    expect(users.cells.map((c: any) => c.display)).toEqual(["✓", "✓", "✓"]);
    const price = ok(await t.gql(`{ priceQuote(input: { catalogSlug: "beesender", planKey: "business", licensePrice: "10000" }) { total } }`)).priceQuote;
    expect(price.total).toBe("1200.00");

    const versions = ok(await admin.gql(`{ catalogVersions(slug: "beesender") { number publishedBy publishedAt } }`)).catalogVersions;
    expect(versions.map((v: any) => [v.number, v.publishedBy])).toEqual([
      [2, "catalog-admin@example.com"],
      [1, null],
    ]);
    const v1 = ok(await admin.gql(`{ catalogVersion(slug: "beesender", number: 1) { number document view { plans { key pricing { percent } } } } }`)).catalogVersion;
    expect([v1.document.plans[1].pricing.percent, v1.view.plans[1].pricing.percent]).toEqual(["10", "10"]);
  });

  it("the difference between version 1 and 2 names the price change and the changed cell in words", async () => {
    const diff = ok(await admin.gql(`{ catalogDiff(slug: "beesender", from: 1, to: 2) { from to changes { area key kind summary before after } } }`)).catalogDiff;
    expect(diff.changes.map((c: any) => c.summary)).toEqual([
      "Business: 10% → 12% of the license price",
      "Row added: Onboarding call",
      "Basic · Answers to system users’ questions: ✗ → ✓",
    ]);
    expect(diff.changes[0]).toMatchObject({ area: "PLAN", key: "business", kind: "CHANGED", before: { percent: "10" }, after: { percent: "12" } });
    // To the draft (which has not changed since): nothing.
    expect(ok(await admin.gql(`{ catalogDiff(slug: "beesender", from: 2) { to changes { summary } } }`)).catalogDiff).toEqual({ to: null, changes: [] });
    expect(errorCode(await admin.gql(`{ catalogDiff(slug: "beesender", from: 9) { to } }`))).toBe("NOT_FOUND");
  });

  it("publish refuses a draft with problems, says why, and publishes nothing", async () => {
    // A draft as an older tool or a half-finished import may have left it.
    await t.services.catalogs.create({
      ...FIXTURE_DOC,
      slug: "acme-broken",
      currency: "XXQ",
      plans: FIXTURE_DOC.plans.map((p) => (p.key === "business" ? { ...p, pricing: { kind: "PERCENT_OF_LICENSE" } } : p)),
    });
    const { revision, problems } = await draft("acme-broken");
    expect(problems).toEqual([
      { path: "currency", message: '"XXQ" is not an ISO 4217 currency code such as USD' },
      { path: "plans[1].pricing.percent", message: "Business: give the percent" },
    ]);
    const readiness = async () => ok(await admin.gql(`{ catalogDraft(slug: "acme-broken") { canPublish nextVersion } }`)).catalogDraft;
    expect(await readiness()).toEqual({ canPublish: false, nextVersion: 1 });
    const refused = await admin.gql(PUBLISH, { slug: "acme-broken", revision });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].message).toBe(
      'The draft cannot be published: currency: "XXQ" is not an ISO 4217 currency code such as USD; plans[1].pricing.percent: Business: give the percent',
    );
    expect(refused.errors![0].extensions!.problems).toEqual(problems);
    expect(ok(await admin.gql(`{ catalogVersions(slug: "acme-broken") { number } }`)).catalogVersions).toEqual([]);
    expect((await t.gql(`{ catalog(slug: "acme-broken") { slug } }`)).data.catalog).toBeNull();

    // A problem already in the draft does not block other edits; fixing them all lets it publish.
    const renamed = ok(await admin.gql(`mutation($r: Int!) { updateCatalogInfo(slug: "acme-broken", revision: $r, info: { name: "Acme Fixed" }) { revision problems { path } } }`, { r: revision }));
    expect(renamed.updateCatalogInfo.problems.map((p: any) => p.path)).toEqual(["currency", "plans[1].pricing.percent"]);
    const fixedCurrency = ok(await admin.gql(`mutation($r: Int!) { updateCatalogInfo(slug: "acme-broken", revision: $r, info: { currency: "USD" }) { revision } }`, { r: revision + 1 }));
    const current = await draft("acme-broken");
    const fixed = ok(
      await admin.gql(UPDATE_PLAN, {
        slug: "acme-broken",
        revision: fixedCurrency.updateCatalogInfo.revision,
        key: "business",
        plan: planInput(current.document, "business", { pricing: { kind: "PERCENT_OF_LICENSE", percent: "10" } }),
      }),
    ).updatePlan;
    expect(fixed.problems).toEqual([]);
    expect(await readiness()).toEqual({ canPublish: true, nextVersion: 1 });
    expect(ok(await admin.gql(PUBLISH, { slug: "acme-broken", revision: fixed.revision })).publishCatalog.publishedVersion).toBe(1);
    expect(await readiness()).toEqual({ canPublish: true, nextVersion: 2 });
  });

  it("refuses an edit that brings in a problem, with the message and path of each, and saves nothing", async () => {
    const { revision, document } = await draft("aimaras");
    const answer = await admin.gql(UPDATE_PLAN, {
      slug: "aimaras",
      revision,
      key: "business",
      plan: planInput(document, "business", { pricing: { ...document.plans[1].pricing, percent: "-5", minimum: "1.005" } }),
    });
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].message).toBe("Business: the percent must be above 0 with at most 4 decimals");
    expect(answer.errors![0].extensions!.field).toBe("plans[1].pricing.percent");
    expect(answer.errors![0].extensions!.problems).toEqual([
      { path: "plans[1].pricing.percent", message: "Business: the percent must be above 0 with at most 4 decimals" },
      { path: "plans[1].pricing.minimum", message: "Business: the minimum must be an amount of at least 0 with at most 2 decimals" },
    ]);
    const unknownTarget = await admin.gql(UPDATE_PLAN, {
      slug: "aimaras",
      revision,
      key: "business",
      plan: planInput(document, "business", { slaTargets: [{ priorityKey: "z", amount: "1", unit: "CALENDAR_HOURS" }] }),
    });
    expect([errorCode(unknownTarget), unknownTarget.errors![0].message]).toEqual(["BAD_USER_INPUT", 'Business has a target for the priority "z", which the catalog does not list']);
    const unknownPlan = await admin.gql(UPDATE_PLAN, { slug: "aimaras", revision, key: "gold", plan: planInput(document, "business") });
    expect([errorCode(unknownPlan), unknownPlan.errors![0].extensions!.field, unknownPlan.errors![0].message]).toEqual([
      "NOT_FOUND",
      "key",
      'There is no plan "gold" in this catalog',
    ]);
    const after = await draft("aimaras");
    expect([after.revision, after.document.plans[1].pricing.percent]).toEqual([revision, "12"]);
  });

  it("an update changes only the fields it is given", async () => {
    const { revision, document } = await draft("aimaras");
    const basic = document.plans[0];
    const updated = ok(
      await admin.gql(UPDATE_PLAN, { slug: "aimaras", revision, key: "basic", plan: { key: "basic", name: "Basic", pricing: basic.pricing, tagline: "Start here" } }),
    ).updatePlan;
    expect(updated.document.plans[0]).toEqual({ ...basic, tagline: "Start here" });
    const cleared = ok(
      await admin.gql(UPDATE_PLAN, { slug: "aimaras", revision: updated.revision, key: "basic", plan: { key: "basic", name: "Basic", pricing: basic.pricing, tagline: null } }),
    ).updatePlan;
    expect(cleared.document.plans[0]).toEqual(basic);
  });

  it("renaming a plan key carries it to the cells, add-on links, exclusions and keeps its SLA targets", async () => {
    const revision = await publishedCopy("pipe17", "pipe17-rename");
    const { document } = await draft("pipe17-rename");
    const renamed = ok(
      await admin.gql(UPDATE_PLAN, { slug: "pipe17-rename", revision, key: "enterprise", plan: planInput(document, "enterprise", { key: "enterprise-plus", name: "Enterprise Plus" }) }),
    ).updatePlan;
    expect(renamed.problems).toEqual([]);
    const doc = renamed.document;
    expect(doc.plans.map((p: any) => p.key)).toEqual(["standard", "enterprise-plus", "configuration", "premium"]);
    const withCells = doc.features.filter((f: any) => "enterprise-plus" in f.cells);
    expect(withCells.length).toBe(document.features.filter((f: any) => "enterprise" in f.cells).length);
    expect(withCells.length).toBeGreaterThan(0);
    expect(doc.features.some((f: any) => "enterprise" in f.cells)).toBe(false);
    expect(doc.plans[1].sla).toEqual(document.plans[1].sla);
    expect(doc.plans[2].addOnTo).toEqual(["standard", "enterprise-plus"]);
    expect(doc.plans[3].addOnTo).toEqual(["standard", "enterprise-plus"]);
    expect(doc.exclusions[1].plans).toEqual(["enterprise-plus"]);

    ok(await admin.gql(PUBLISH, { slug: "pipe17-rename", revision: renamed.revision }));
    const pub = await publicCatalog("pipe17-rename");
    expect(pub.plans[1].slaTargets).toEqual([
      { priorityKey: "urgent", text: expect.any(String) },
      { priorityKey: "high", text: expect.any(String) },
      { priorityKey: "normal", text: expect.any(String) },
      { priorityKey: "low", text: expect.any(String) },
    ]);
    const original = await publicCatalog("pipe17");
    expect(pub.plans[1].slaTargets.map((s: any) => s.text)).toEqual(original.plans[1].slaTargets.map((s: any) => s.text));
    expect(pub.features.map((f: any) => f.cells[1].display)).toEqual(original.features.map((f: any) => f.cells[1].display));
  });

  it("removing a priority removes every plan's response target for it", async () => {
    const revision = await publishedCopy("beesender", "beesender-p4");
    const removed = ok(
      await admin.gql(`mutation($r: Int!) { removePriority(slug: "beesender-p4", revision: $r, key: "p4") { revision problems { path } document preview { priorities { key } plans { key slaTargets { priorityKey } } } } }`, {
        r: revision,
      }),
    ).removePriority;
    expect(removed.problems).toEqual([]);
    expect(removed.preview.priorities.map((p: any) => p.key)).toEqual(["p1", "p2", "p3"]);
    for (const plan of removed.preview.plans) expect(plan.slaTargets.map((s: any) => s.priorityKey)).toEqual(["p1", "p2", "p3"]);
    for (const plan of removed.document.plans) expect(Object.keys(plan.sla)).toEqual(["p1", "p2", "p3"]);
    const entry = (await auditEntries("beesender-p4")).find((e) => e.action === "catalog.priority.remove")!;
    expect(entry.before.targets.premium).toEqual({ amount: "2", unit: "BUSINESS_HOURS", note: null });
    expect(entry.summary).toContain("Basic · P4 response: 8 business hours → —");
  });
});

describe("export and import", () => {
  it("an exported catalog imported under a new slug and published reads the same on the public page", async () => {
    const exported = ok(await admin.gql(`{ exportCatalog(slug: "pipe17", version: 1) }`)).exportCatalog;
    expect(exported.slug).toBe("pipe17");
    const imported = ok(
      await admin.gql(`mutation($doc: JSON!) { importCatalog(document: $doc, slug: "pipe17-imported", publish: true) { slug publishedVersion revision hasUnpublishedChanges } }`, {
        doc: exported,
      }),
    ).importCatalog;
    expect(imported).toEqual({ slug: "pipe17-imported", publishedVersion: 1, revision: 1, hasUnpublishedChanges: false });
    const original = await publicCatalog("pipe17");
    const copy = await publicCatalog("pipe17-imported");
    expect(copy).toEqual(original);
    expect(copy.plans.length).toBe(4);
    expect(ok(await admin.gql(`{ exportCatalog(slug: "pipe17-imported") }`)).exportCatalog).toEqual({ ...exported, slug: "pipe17-imported" });
  });

  it("refuses an invalid document, listing its problems, and writes nothing", async () => {
    const doc = structuredClone(ok(await admin.gql(`{ exportCatalog(slug: "tiledesk") }`)).exportCatalog);
    doc.slug = "tiledesk-bad";
    doc.plans[0].pricing = { kind: "FIXED" };
    doc.guaranteeBands = [{ min: "100", minInclusive: true, max: null, maxInclusive: false, days: 30 }];
    const auditBefore = (await auditEntries("tiledesk-bad")).length;
    const answer = await admin.gql(`mutation($doc: JSON!) { importCatalog(document: $doc, publish: true) { slug } }`, { doc });
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].extensions!.problems).toEqual([
      { path: "plans[0].pricing.amount", message: "Pro: give the fixed amount" },
      { path: "guaranteeBands[0].min", message: "The first band must start at a budget of 0, inclusive" },
    ]);
    expect(answer.errors![0].message).toBe(
      "The document cannot be imported: plans[0].pricing.amount: Pro: give the fixed amount; guaranteeBands[0].min: The first band must start at a budget of 0, inclusive",
    );
    expect(errorCode(await admin.gql(DRAFT, { slug: "tiledesk-bad" }))).toBe("NOT_FOUND");
    expect((await auditEntries("tiledesk-bad")).length).toBe(auditBefore);
    const notObject = await admin.gql(`mutation { importCatalog(document: [1, 2]) { slug } }`);
    expect([errorCode(notObject), notObject.errors![0].extensions!.field]).toEqual(["BAD_USER_INPUT", "catalog"]);
  });

  it("replaces the draft of an existing catalog only with its current revision", async () => {
    const doc = ok(await admin.gql(`{ exportCatalog(slug: "pingstreams") }`)).exportCatalog;
    const { revision } = await draft("pingstreams");
    const IMPORT = `mutation($doc: JSON!, $rev: Int) { importCatalog(document: $doc, replaceDraftOf: $rev) { revision hasUnpublishedChanges name } }`;
    const taken = await admin.gql(IMPORT, { doc: { ...doc, name: "Pingstreams 2" } });
    expect([errorCode(taken), taken.errors![0].extensions!.currentRevision]).toEqual(["CONFLICT", revision]);
    const stale = await admin.gql(IMPORT, { doc: { ...doc, name: "Pingstreams 2" }, rev: revision + 7 });
    expect([errorCode(stale), stale.errors![0].extensions!.currentRevision]).toEqual(["CONFLICT", revision]);
    const replaced = ok(await admin.gql(IMPORT, { doc: { ...doc, name: "Pingstreams 2" }, rev: revision })).importCatalog;
    expect(replaced).toEqual({ revision: revision + 1, hasUnpublishedChanges: true, name: "Pingstreams 2" });
    expect((await draft("pingstreams")).document.name).toBe("Pingstreams 2");
    expect((await publicCatalog("pingstreams")).name).not.toBe("Pingstreams 2");
  });
});

describe("audit log and deletion", () => {
  it("records every change with who made it, what it was in words, and the part before and after", async () => {
    const revision = await publishedCopy("aimaras", "aimaras-audit");
    const { document } = await draft("aimaras-audit");
    const r1 = ok(
      await admin.gql(UPDATE_PLAN, {
        slug: "aimaras-audit",
        revision,
        key: "premium",
        plan: planInput(document, "premium", { pricing: { ...document.plans[2].pricing, percent: "25" } }),
      }),
    ).updatePlan.revision;
    ok(await admin.gql(`mutation($r: Int!) { updateCatalogInfo(slug: "aimaras-audit", revision: $r, info: { discountApprovalThreshold: "20", vendor: "Aimaras Ltd" }) { discountApprovalThreshold } }`, { r: r1 }));

    const entries = await auditEntries("aimaras-audit");
    expect(entries.map((e) => e.action).sort()).toEqual(["catalog.clone", "catalog.info.update", "catalog.plan.update", "catalog.publish"]);
    const [info, plan, publish, clone] = ["catalog.info.update", "catalog.plan.update", "catalog.publish", "catalog.clone"].map((a) => entries.find((e) => e.action === a)!);
    expect(plan.summary).toBe('Updated the plan "Premium": Premium: 20% → 25% of the project budget');
    expect(plan.before.pricing.percent).toBe("20");
    expect(plan.after.pricing.percent).toBe("25");
    expect(plan.actorEmail).toBe("catalog-admin@example.com");
    expect(info.summary).toBe("Updated the catalog information: Discount approval threshold: 15% → 20%; Vendor: Aimaras → Aimaras Ltd");
    expect([info.before.vendor, info.after.vendor, info.before.discountApprovalThreshold, info.after.discountApprovalThreshold]).toEqual([
      "Aimaras",
      "Aimaras Ltd",
      "15",
      "20",
    ]);
    expect(publish.summary).toBe("Published version 1 from revision 1");
    expect(clone.summary).toBe('Created "Copy of aimaras" (aimaras-audit) as a copy of the draft of aimaras');
    const list = ok(await admin.gql(`{ adminCatalogs { slug discountApprovalThreshold } }`)).adminCatalogs;
    expect(list.find((c: any) => c.slug === "aimaras-audit").discountApprovalThreshold).toBe("20");
    const badThreshold = await admin.gql(`mutation { updateCatalogInfo(slug: "aimaras-audit", revision: 3, info: { discountApprovalThreshold: "101" }) { revision } }`);
    expect([errorCode(badThreshold), badThreshold.errors![0].extensions!.field]).toEqual(["BAD_USER_INPUT", "discountApprovalThreshold"]);
  });

  it("a deleted catalog leaves the public and admin lists, keeps its published versions, and frees its slug", async () => {
    const catalogId = (await t.services.catalogs.findPublished("tiledesk"))!.catalogId;
    const version = await t.dataSource.manager.findOneByOrFail(CatalogVersionEntity, { catalogId, number: 1 });

    expect(ok(await admin.gql(`mutation { deleteCatalog(slug: "tiledesk") }`)).deleteCatalog).toBe(true);

    const publicSlugs = ok(await t.gql(`{ catalogs { slug } }`)).catalogs.map((c: any) => c.slug);
    expect(publicSlugs).not.toContain("tiledesk");
    expect(publicSlugs).toContain("pingstreams");
    expect((await t.gql(`{ catalog(slug: "tiledesk") { slug } }`)).data.catalog).toBeNull();
    expect(ok(await admin.gql(`{ adminCatalogs { slug } }`)).adminCatalogs.map((c: any) => c.slug)).not.toContain("tiledesk");
    expect(errorCode(await admin.gql(DRAFT, { slug: "tiledesk" }))).toBe("NOT_FOUND");
    expect(errorCode(await admin.gql(`mutation { deleteCatalog(slug: "tiledesk") }`))).toBe("NOT_FOUND");

    // The version quotes were priced from is still there, whole.
    const kept = (await readVersions(t.dataSource.manager, [version.id])).get(version.id)!;
    expect(kept.catalog.slug).toBe("tiledesk");
    expect(kept.catalog.plans.map((p) => p.key)).toEqual(["pro", "enterprise"]);

    // The slug can be used again.
    const again = ok(await admin.gql(`mutation { createCatalog(slug: "tiledesk", name: "Tiledesk 2", currency: "USD") { slug publishedVersion } }`)).createCatalog;
    expect(again).toEqual({ slug: "tiledesk", publishedVersion: null });
    const entries = await auditEntries("tiledesk");
    expect(entries.find((e) => e.action === "catalog.delete")!.summary).toBe("Deleted the catalog tiledesk; its published version is kept for the quotes made from it");
    expect(entries.find((e) => e.action === "catalog.create")!.summary).toBe('Created the catalog "Tiledesk 2" (tiledesk, USD)');
  });
});

describe("price guidance", () => {
  it("is edited on a plan priced on request and on unpublished packs, published, and shown to staff only", async () => {
    let d = await draft("pipe17");
    const plan = planInput(d.document, "enterprise", { pricing: { kind: "QUOTE_BASED", guidance: { floor: "1000", listPrice: "20000" } } });
    const saved = ok(await admin.gql(UPDATE_PLAN, { slug: "pipe17", revision: d.revision, key: "enterprise", plan })).updatePlan;
    expect(saved.problems).toEqual([]);
    expect(saved.document.plans.find((p: any) => p.key === "enterprise").pricing.guidance).toEqual({ floor: "1000", listPrice: "20000" });
    d = await draft("pipe17");
    ok(await admin.gql(PUBLISH, { slug: "pipe17", revision: d.revision }));
    const diff = ok(await admin.gql(`{ catalogDiff(slug: "pipe17", from: 1) { changes { summary } } }`)).catalogDiff.changes.map((c: any) => c.summary);
    expect(diff).toContain("Enterprise Support: price guidance none → from 1,000.00 USD to 20,000.00 USD");

    const GUIDANCE = `{ catalog(slug: "pipe17") { plans { key pricing { guidance { floor listPrice } } } } }`;
    const staff = ok(await admin.gql(GUIDANCE)).catalog.plans.find((p: any) => p.key === "enterprise");
    expect(staff.pricing.guidance).toEqual({ floor: "1000.00", listPrice: "20000.00" });
    const prospect = await t.gql(GUIDANCE);
    expect(errorCode(prospect)).toBe("UNAUTHENTICATED");
    expect(prospect.data?.catalog?.plans.find((p: any) => p.key === "enterprise").pricing.guidance ?? null).toBeNull();
  });
});
