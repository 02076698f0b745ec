import { describe, expect, it } from "vitest";
import { startTestApp } from "../support/app.js";

const t = await startTestApp();

const RULES = `query($slug: String!) {
  catalog(slug: $slug) { figures plans { key isTier addOnKeys pricedOnRequest figures } }
}`;

const rules = async (slug: string) => {
  const answer = await t.gql(RULES, { slug });
  expect(answer.errors).toBeUndefined();
  return answer.data.catalog;
};

describe("the rules a comparison page reads from the server", () => {
  it.each([
    ["pingstreams", ["AGENTS", "BOTS", "LICENSE_EDITION"]],
    ["tiledesk", ["AGENTS", "BOTS", "LICENSE_EDITION"]],
    ["pro-support-credits", []],
    ["beesender", ["LICENSE_PRICE", "TERM_YEARS"]],
    ["aimaras", ["PROJECT_BUDGET", "TERM_YEARS", "GO_LIVE_DATE"]],
    ["pipe17", []],
  ])("%s asks for %o", async (slug, figures) => {
    expect((await rules(slug)).figures).toEqual(figures);
  });

  it("Pipe17: the included Standard and Enterprise are tiers taking add-ons; Premium is an add-on only; on-request prices say so", async () => {
    expect((await rules("pipe17")).plans).toEqual([
      { key: "standard", isTier: true, addOnKeys: ["enterprise", "configuration", "premium"], pricedOnRequest: false, figures: [] },
      { key: "enterprise", isTier: true, addOnKeys: ["configuration", "premium"], pricedOnRequest: true, figures: [] },
      { key: "configuration", isTier: true, addOnKeys: [], pricedOnRequest: true, figures: [] },
      { key: "premium", isTier: false, addOnKeys: [], pricedOnRequest: true, figures: [] },
    ]);
  });

  it("Beesender: the free Basic reads no figure, the percent tiers read the license price and term", async () => {
    expect((await rules("beesender")).plans).toEqual([
      { key: "basic", isTier: true, addOnKeys: [], pricedOnRequest: false, figures: [] },
      { key: "business", isTier: true, addOnKeys: [], pricedOnRequest: false, figures: ["LICENSE_PRICE", "TERM_YEARS"] },
      { key: "premium", isTier: true, addOnKeys: [], pricedOnRequest: false, figures: ["LICENSE_PRICE", "TERM_YEARS"] },
    ]);
  });

  it("Pingstreams: Pro reads agents, bots and the edition; credit packs without prices are on request", async () => {
    const pingstreams = await rules("pingstreams");
    expect(pingstreams.plans[0]).toEqual({ key: "pro", isTier: true, addOnKeys: [], pricedOnRequest: true, figures: ["AGENTS", "BOTS", "LICENSE_EDITION"] });
    expect((await rules("pro-support-credits")).plans).toEqual([
      { key: "credits", isTier: true, addOnKeys: [], pricedOnRequest: true, figures: [] },
    ]);
  });
});
