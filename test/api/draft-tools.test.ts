import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { errorCode, startTestApp, type GraphQLAnswer } from "../support/app.js";

// Wednesday 2 December 2026, 10:00 UTC.
const t = await startTestApp({ clock: () => new Date("2026-12-02T10:00:00Z") });
const first = await t.signIn("ADMIN", "first-admin@example.com");
const second = await t.signIn("ADMIN", "second-admin@example.com");

function ok<T = any>(answer: GraphQLAnswer<T>): T {
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

const SINCE = `query($slug: String!, $since: Int!) { draftChangesSince(slug: $slug, since: $since) { since revision editedBy changes { area key summary } } }`;
const INFO = `mutation($slug: String!, $revision: Int!, $info: CatalogInfoInput!) { updateCatalogInfo(slug: $slug, revision: $revision, info: $info) { revision } }`;

describe("who changed the draft since my revision", () => {
  it("names the admin who saved first and what they changed, after my edit is refused", async () => {
    const start = ok(await first.gql(`{ catalogDraft(slug: "beesender") { revision } }`)).catalogDraft.revision;
    ok(await first.gql(INFO, { slug: "beesender", revision: start, info: { vendor: "Beesender Ltd" } }));
    const late = await second.gql(INFO, { slug: "beesender", revision: start, info: { description: "Mine" } });
    expect(errorCode(late)).toBe("CONFLICT");

    const since = ok(await second.gql(SINCE, { slug: "beesender", since: start })).draftChangesSince;
    expect(since.revision).toBe(start + 1);
    expect(since.editedBy).toEqual(["first-admin@example.com"]);
    expect(since.changes.map((c: { summary: string }) => c.summary).join(" | ")).toContain("Beesender Ltd");
  });

  it("counts a draft replaced as a whole (JSON import) like any edit", async () => {
    const { revision, document } = ok(await first.gql(`{ catalogDraft(slug: "pipe17") { revision document } }`)).catalogDraft;
    const replaced = { ...document, vendor: "Pipe17, Inc." };
    ok(await first.gql(`mutation($d: JSON!, $r: Int!) { importCatalog(document: $d, replaceDraftOf: $r) { revision } }`, { d: replaced, r: revision }));
    const since = ok(await second.gql(SINCE, { slug: "pipe17", since: revision })).draftChangesSince;
    expect(since.editedBy).toEqual(["first-admin@example.com"]);
    expect(since.changes.map((c: { summary: string }) => c.summary).join(" | ")).toContain("Pipe17, Inc.");
  });

  it("answers nothing changed for the current revision", async () => {
    const { revision } = ok(await first.gql(`{ catalogDraft(slug: "aimaras") { revision } }`)).catalogDraft;
    const since = ok(await first.gql(SINCE, { slug: "aimaras", since: revision })).draftChangesSince;
    expect(since).toMatchObject({ revision, editedBy: [], changes: [] });
  });

  it("lists both editors, the latest first", async () => {
    const { revision } = ok(await first.gql(`{ catalogDraft(slug: "tiledesk") { revision } }`)).catalogDraft;
    ok(await first.gql(INFO, { slug: "tiledesk", revision, info: { vendor: "One" } }));
    ok(await second.gql(INFO, { slug: "tiledesk", revision: revision + 1, info: { vendor: "Two" } }));
    const since = ok(await first.gql(SINCE, { slug: "tiledesk", since: revision })).draftChangesSince;
    expect(since.editedBy).toEqual(["second-admin@example.com", "first-admin@example.com"]);
  });
});

const BANDS = `query($bands: [GuaranteeBandInput!]!) { checkGuaranteeBands(bands: $bands) { path message } }`;

describe("guarantee bands checked before saving", () => {
  it("finds a gap between two bands", async () => {
    const problems = ok(
      await first.gql(BANDS, {
        bands: [
          { min: "0", minInclusive: true, max: "25000", maxInclusive: false, days: 30 },
          { min: "30000", minInclusive: true, max: null, maxInclusive: false, days: 60 },
        ],
      }),
    ).checkGuaranteeBands;
    expect(problems).toEqual([{ path: "guaranteeBands[1].min", message: "Budgets between 25000 and 30000 fall in no band" }]);
  });

  it("finds nothing wrong with bands that share their bound once", async () => {
    const problems = ok(
      await first.gql(BANDS, {
        bands: [
          { min: "0", minInclusive: true, max: "25000", maxInclusive: false, days: 30 },
          { min: "25000", minInclusive: true, max: null, maxInclusive: false, days: 60 },
        ],
      }),
    ).checkGuaranteeBands;
    expect(problems).toEqual([]);
  });
});

const PREVIEW = `query($input: CalendarPreviewInput!) { previewCalendar(input: $input) { summary dueAt timeZone problems { path message } } }`;
const ROME_WEEKDAYS = { zones: ["Europe/Rome"], windows: [{ days: ["MON", "TUE", "WED", "THU", "FRI"], start: "09:00", end: "18:00" }] };

describe("a draft calendar previewed on an example ticket", () => {
  it("carries a Friday-evening ticket over the weekend", async () => {
    const preview = ok(await first.gql(PREVIEW, { input: { calendar: ROME_WEEKDAYS, amount: "3", unit: "BUSINESS_HOURS", day: "FRI", time: "17:00" } })).previewCalendar;
    expect(preview.summary).toBe("A ticket sent Friday 17:00 is due Monday 11:00 (Europe/Rome), 3 business hours later.");
    expect(preview.dueAt).toBe("2026-12-07T10:00:00.000Z");
  });

  it("says what is wrong with a window instead of a time", async () => {
    const calendar = { ...ROME_WEEKDAYS, windows: [{ days: ["MON"], start: "18:00", end: "09:00" }] };
    const preview = ok(await first.gql(PREVIEW, { input: { calendar, amount: "3", unit: "BUSINESS_HOURS", day: "FRI", time: "17:00" } })).previewCalendar;
    expect(preview.summary).toBeNull();
    expect(preview.problems).toEqual([{ path: "calendar.windows[0].end", message: "Support hours end (09:00) must be after they start (18:00)" }]);
  });

  it("counts a fixed offset the customer picks", async () => {
    const calendar = { zones: ["+03:00"], windows: [{ days: ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], start: "09:00", end: "18:00" }] };
    const preview = ok(await first.gql(PREVIEW, { input: { calendar, amount: "2", unit: "BUSINESS_HOURS", day: "SAT", time: "17:00" } })).previewCalendar;
    expect(preview.summary).toBe("A ticket sent Saturday 17:00 is due Sunday 10:00 (+03:00), 2 business hours later.");
  });
});
