import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

let now = new Date("2026-06-01T12:00:00Z");
const t = await startTestApp({ clock: () => now });

const CREATE = `mutation($input: QuoteInput!) { createQuote(input: $input) { number timeZone } }`;
const input = {
  catalogSlug: "beesender",
  customer: { company: "Acme", name: "Jane", email: "jane@acme.example" },
  licensePrice: "1000",
  options: [{ planKey: "business" }],
};

describe("quote numbers", () => {
  it("fifty quotes created at once get fifty distinct numbers, none missing", async () => {
    const sales = await t.signIn("SALES");
    const answers = await Promise.all(Array.from({ length: 50 }, () => sales.gql(CREATE, { input })));
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const numbers = answers.map((a) => a.data.createQuote.number).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `Q-2026-${String(i + 1).padStart(4, "0")}`));
  });

  it("a failed creation uses no number", async () => {
    const sales = await t.signIn("SALES");
    const bad = await sales.gql(CREATE, { input: { ...input, licensePrice: null } });
    expect(bad.errors).toBeDefined();
    expect((await sales.gql(CREATE, { input })).data.createQuote.number).toBe("Q-2026-0051");
  });

  it("takes the year in the organisation's zone, and restarts the count each year", async () => {
    const admin = await t.signIn("ADMIN");
    expect((await admin.gql(`mutation { updateSettings(input: { timeZone: "Asia/Tokyo" }) { timeZone } }`)).data.updateSettings.timeZone).toBe("Asia/Tokyo");
    // 2026-12-31 20:00 UTC is already 2027-01-01 in Tokyo.
    now = new Date("2026-12-31T20:00:00Z");
    const sales = await t.signIn("SALES");
    expect((await sales.gql(CREATE, { input })).data.createQuote).toEqual({ number: "Q-2027-0001", timeZone: "Asia/Tokyo" });
    const admin2 = await t.signIn("ADMIN");
    expect((await admin2.gql(`mutation { updateSettings(input: { timeZone: "UTC" }) { timeZone } }`)).data.updateSettings.timeZone).toBe("UTC");
    const again = await t.signIn("SALES");
    expect((await again.gql(CREATE, { input })).data.createQuote.number).toBe("Q-2026-0052");
  });
});
