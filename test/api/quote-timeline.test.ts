import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

/** Issue 8: the support timeline on a quote (API and PDF), SLA examples by the SLA clock, and the PDF's acceptance record. */
const now = new Date("2026-11-23T10:00:00Z"); // a Monday
const t = await startTestApp({ clock: () => now });

const TIMELINE = `timeline { steps { label startsOn endsOn } exampleNote slaExamples { priorityKey text sentAt dueAt } rounding }`;
let rita: Awaited<ReturnType<typeof t.signIn>>;
beforeAll(async () => {
  rita = await t.signIn("SALES");
});

async function read(body: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

async function sentQuote(input: Record<string, unknown>) {
  const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };
  const created = await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id lockVersion } }`, { input: { customer, ...input } });
  expect(created.errors).toBeUndefined();
  const { id, lockVersion } = created.data.createQuote;
  const sent = await rita.gql(`mutation($id: ID!, $v: Int!) { sendQuote(id: $id, lockVersion: $v) { link { token } } }`, { id, v: lockVersion });
  return { id, token: sent.data.sendQuote.link.token as string };
}

const aimaras = { catalogSlug: "aimaras", projectBudget: "40000", goLiveDate: "2027-01-15", validUntil: "2026-12-20", options: [{ planKey: "business" }] };

describe("the support timeline", () => {
  it("runs from go-live through the free guarantee to the paid plan's term, with the quote's validity", async () => {
    const q = await sentQuote(aimaras);
    const { timeline } = (await t.gql(`query($t: String!) { sharedQuote(token: $t) { ${TIMELINE} } }`, { t: q.token })).data.sharedQuote;
    expect(timeline.steps).toEqual([
      { label: "Go-live", startsOn: "2027-01-15", endsOn: null },
      { label: "Free guarantee (60 days)", startsOn: "2027-01-15", endsOn: "2027-03-15" },
      { label: "Paid support plan", startsOn: "2027-03-16", endsOn: "2028-03-15" },
      { label: "This quote is valid until", startsOn: null, endsOn: "2026-12-20" },
    ]);
    expect(timeline.rounding).toBe("Each line is rounded half-up to the cent; totals are sums of lines.");
  });

  it("gives, for each priority, when a case sent the next Friday at 17:00 in the customer's zone is answered, by the SLA clock", async () => {
    const q = await sentQuote({ catalogSlug: "beesender", licensePrice: "50000", timeZone: "Europe/Moscow", options: [{ planKey: "business" }] });
    const { timeline } = (await rita.gql(`query($id: ID!) { quote(id: $id) { ${TIMELINE} } }`, { id: q.id })).data.quote;
    expect(timeline.slaExamples.map((e: any) => e.priorityKey)).toEqual(["p1", "p2", "p3", "p4"]);
    // Friday 27 November 2026, 17:00 in Moscow (+03:00).
    expect(timeline.slaExamples.every((e: any) => e.sentAt === "2026-11-27T14:00:00.000Z")).toBe(true);
    const [p1] = timeline.slaExamples;
    const due = await t.gql(`query($s: DateTime!) { slaDueAt(input: { catalogSlug: "beesender", planKey: "business", priorityKey: "p1", submittedAt: $s }) { dueAt } }`, {
      s: p1.sentAt,
    });
    expect(p1.dueAt).toBe(due.data.slaDueAt.dueAt);
    expect(p1.text).toMatch(/^A .+ case sent Friday 27 Nov 17:00 is answered by \w+day \d+ \w+ \d\d:\d\d \(Europe\/Moscow\)$/);
    expect(timeline.exampleNote).toContain("Friday 27 Nov 2026, 17:00 in Europe/Moscow");
  });

  it("is given per option, so a customer choosing between alternatives reads the examples of the plan they look at", async () => {
    const q = await sentQuote({ ...aimaras, options: [{ label: "Good", planKey: "basic" }, { label: "Better", planKey: "business" }] });
    const QUERY = `query($t: String!) { sharedQuote(token: $t) { timeline { slaExamples { priorityKey dueAt } } options { timeline { exampleNote slaExamples { priorityKey dueAt } } } } }`;
    const shared = (await t.gql(QUERY, { t: q.token })).data.sharedQuote;
    const [basic, business] = shared.options.map((o: any) => o.timeline);
    expect(basic.exampleNote).toContain("under the Basic plan's support hours");
    expect(business.exampleNote).toContain("under the Business plan's support hours");
    // Severity A: 8 business hours on Basic, 2 on Business: Business answers sooner.
    expect(business.slaExamples[0].dueAt < basic.slaExamples[0].dueAt).toBe(true);
    expect(shared.timeline.slaExamples).toEqual(basic.slaExamples);
  });
});

describe("the builder's preview", () => {
  const customer = { company: "Acme Corp", name: "Jane Buyer", email: "jane@acme.example" };
  const preview = async (input: Record<string, unknown>, quoteId: string | null = null) => {
    const answer = await rita.gql(`query($input: QuoteInput!, $q: ID) { previewQuote(input: $input, quoteId: $q) { options { planKey ${TIMELINE} } } }`, { input: { customer, ...input }, q: quoteId });
    expect(answer.errors).toBeUndefined();
    return answer.data.previewQuote.options;
  };

  it("shows each option's timeline before saving, the same as the saved quote then shows", async () => {
    const input = { ...aimaras, timeZone: "Europe/Moscow", options: [{ label: "Good", planKey: "basic" }, { label: "Better", planKey: "business" }] };
    const [basic, business] = await preview(input);
    expect(business.timeline.steps.map((s: any) => s.label)).toEqual(["Go-live", "Free guarantee (60 days)", "Paid support plan", "This quote is valid until"]);
    expect(business.timeline.exampleNote).toContain("Friday 27 Nov 2026, 17:00 in Europe/Moscow");
    expect(business.timeline.exampleNote).toContain("Business");
    expect(basic.timeline.exampleNote).toContain("Basic");
    expect(business.timeline.slaExamples.length).toBeGreaterThan(0);

    const saved = await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { id options { ${TIMELINE} } } }`, { input: { customer, ...input } });
    expect(saved.data.createQuote.options.map((o: any) => o.timeline)).toEqual([basic.timeline, business.timeline]);
    const again = await preview(input, saved.data.createQuote.id);
    expect(again.map((o: any) => o.timeline)).toEqual([basic.timeline, business.timeline]);
  });

  it("counts the validity from the catalog's default when the rep has not set a date", async () => {
    const [option] = await preview({ ...aimaras, validUntil: null });
    const validity = option.timeline.steps.find((s: any) => s.label === "This quote is valid until");
    const saved = await rita.gql(`mutation($input: QuoteInput!) { createQuote(input: $input) { validUntil } }`, { input: { customer, ...aimaras, validUntil: null } });
    expect(validity.endsOn).toBe(saved.data.createQuote.validUntil);
  });
});

describe("when a customer decided, in the quote's zone", () => {
  it("is said in the quote's zone, naming it, for a zone name and for a fixed offset", async () => {
    for (const [timeZone, expected] of [
      ["Europe/Moscow", "23 Nov 2026, 13:00 (Europe/Moscow)"],
      ["-02:30", "23 Nov 2026, 07:30 (-02:30)"],
      ["Pacific/Kiritimati", "24 Nov 2026, 00:00 (Pacific/Kiritimati)"],
    ]) {
      const q = await sentQuote({ ...aimaras, timeZone });
      const before = await t.gql(`query($t: String!) { sharedQuote(token: $t) { decidedAtInZone } }`, { t: q.token });
      expect(before.data.sharedQuote.decidedAtInZone).toBeNull();
      const accepted = await t.gql(`mutation($t: String!) { acceptSharedQuote(token: $t, name: "Jane Buyer", acknowledged: true) { decidedAtInZone } }`, { t: q.token });
      expect(accepted.data.acceptSharedQuote.decidedAtInZone).toBe(expected);
    }
  });
});

describe("the PDF", () => {
  it("shows the timeline and the rounding rule, and once accepted ends with the acceptance record", async () => {
    const q = await sentQuote(aimaras);
    const before = await read((await t.app.http.inject({ method: "GET", url: `/q/${q.token}/pdf` })).rawPayload);
    expect(before).toContain("Support timeline");
    expect(before).toContain("Free guarantee (60 days) 15 Jan 2027 to 15 Mar 2027");
    expect(before).toContain("Paid support plan 16 Mar 2027 to 15 Mar 2028");
    expect(before).toContain("Each line is rounded half-up to the cent; totals are sums of lines.");
    expect(before).not.toContain("Acceptance record");

    const contacts = [
      { name: "Ann Admin", email: "ann@acme.example" },
      { name: "Ben Ops", email: "ben@acme.example" },
    ];
    const accepted = await t.gql(
      `mutation($t: String!, $c: [AuthorizedContactInput!]) { acceptSharedQuote(token: $t, name: "Jane Buyer", acknowledged: true, contacts: $c) { acceptance { contentDigest clauses } } }`,
      { t: q.token, c: contacts },
    );
    const { contentDigest, clauses } = accepted.data.acceptSharedQuote.acceptance;
    const after = await read((await t.app.http.inject({ method: "GET", url: `/q/${q.token}/pdf` })).rawPayload);
    const shared = await t.gql(`query($t: String!) { sharedQuote(token: $t) { decidedAtInZone } }`, { t: q.token });
    expect(shared.data.sharedQuote.decidedAtInZone).toBe("23 Nov 2026, 10:00 (UTC)");
    const record = after.slice(after.indexOf("Acceptance record"));
    expect(record).toContain("Accepted by Jane Buyer");
    expect(record).toContain("Accepted at 23 Nov 2026 10:00:00 UTC");
    expect(record).toContain("Option Business");
    expect(record).toContain(`SHA-256 ${contentDigest}`);
    expect(record).toContain("Ann Admin <ann@acme.example>");
    expect(record).toContain("Ben Ops <ben@acme.example>");
    expect(record).toContain(clauses[0].slice(0, 40));
  });
});
