import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CreditPack } from "../../server/domain/catalog.js";
import { choosePacks, estimateCredits, type CreditRequest } from "../../server/domain/credits.js";
import { DomainError } from "../../server/domain/errors.js";
import { fixtureCatalog } from "../support/catalog-fixture.js";

const catalog = fixtureCatalog();
const estimate = (requests: CreditRequest[]) => estimateCredits(catalog, requests);
const upgrade = (fromVersion: string | null, toVersion: string | null, steps?: number): CreditRequest => ({
  categoryKey: "upgrade",
  count: 1,
  fromVersion,
  toVersion,
  steps,
});

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

describe("upgrade credits: base + perStep x max(0, steps - includedSteps)", () => {
  it.each([
    ["4.3.1", "4.3.9", undefined, 50],
    ["4.3.1", "4.3.2", undefined, 20],
    ["4.3.1", "4.3.3", undefined, 20],
    ["4.3.1", "4.3.4", undefined, 25],
    ["4.3.9", "4.4.0", 1, 20],
    ["4.3.9", "5.0.0", 5, 35],
    ["4.3.1", "4.3.9", 8, 50],
  ])("%s -> %s (steps %s) uses %i credits", (from, to, steps, credits) => {
    expect(estimate([upgrade(from, to, steps)]).credits).toBe(credits);
  });

  it.each([
    ["4.3.9", "4.3.1", undefined, "toVersion 4.3.1 must be later than fromVersion 4.3.9"],
    ["4.3.1", "4.3.1", undefined, "toVersion 4.3.1 must be later than fromVersion 4.3.1"],
    ["4.3.9", "4.4.0", undefined, "4.3.9 -> 4.4.0 crosses a minor or major version, so the steps cannot be read off the numbers: give steps"],
    ["4.3", "4.3.9", undefined, 'requests[0].fromVersion must be a version written major.minor.patch, such as 4.3.1 ("4.3" is not)'],
    ["4.3.1", "4.3.9", 3, "4.3.1 -> 4.3.9 is 8 patch steps, not 3"],
    [null, null, undefined, "An upgrade needs fromVersion and toVersion (or steps)"],
  ])("refuses %s -> %s (steps %s)", (from, to, steps, message) => {
    const err = refusal(() => estimate([upgrade(from, to, steps)]));
    expect(err.code).toBe("BAD_USER_INPUT");
    expect(err.message).toBe(message);
  });
});

describe("estimateCredits", () => {
  it("adds fixed and minimum categories and says the total is a minimum", () => {
    const result = estimate([
      { categoryKey: "question", count: 3 },
      { categoryKey: "change", count: 1 },
    ]);
    expect(result.credits).toBe(35);
    expect(result.minimum).toBe(true);
    expect(result.needsConfirmation).toBe(true);
    expect(result.packs).toEqual([{ credits: 50, quantity: 1, price: "180" }]);
    expect(result.price).toBe("180.00");
  });

  it("buys nothing for no requests", () => {
    expect(estimate([{ categoryKey: "question", count: 0 }])).toMatchObject({ credits: 0, packs: [], price: "0.00", minimum: false });
  });

  it("refuses an unknown category and versions on a non-upgrade", () => {
    expect(refusal(() => estimate([{ categoryKey: "nope", count: 1 }])).code).toBe("NOT_FOUND");
    expect(refusal(() => estimate([{ categoryKey: "question", count: 1, fromVersion: "1.0.0" }])).code).toBe("BAD_USER_INPUT");
    expect(refusal(() => estimate([{ categoryKey: "question", count: -1 }])).field).toBe("requests[0].count");
  });
});

describe("pack choice", () => {
  const priced: CreditPack[] = [
    { credits: 25, price: "100" },
    { credits: 50, price: "180" },
    { credits: 100, price: "300" },
  ];
  const unpriced: CreditPack[] = [25, 50, 100, 200, 300, 400, 500].map((credits) => ({ credits, price: null }));
  const sum = (packs: { credits: number; quantity: number }[]) => packs.reduce((s, p) => s + p.credits * p.quantity, 0);

  it.each([
    [25, [[25, 1]]],
    [26, [[50, 1]]],
    [60, [[25, 1], [50, 1]]],
    [75, [[25, 1], [50, 1]]],
    [130, [[50, 1], [100, 1]]],
    [101, [[25, 1], [100, 1]]],
  ])("the cheapest cover of %i credits", (credits, expected) => {
    expect(choosePacks(priced, credits).map((p) => [p.credits, p.quantity])).toEqual(expected);
  });

  it.each([
    [50, [[50, 1]]],
    [51, [[25, 1], [50, 1]]],
    [450, [[50, 1], [400, 1]]],
    [1000, [[500, 2]]],
    [1020, [[25, 1], [500, 2]]],
  ])("without prices, the fewest credits then the fewest packs for %i", (credits, expected) => {
    expect(choosePacks(unpriced, credits).map((p) => [p.credits, p.quantity])).toEqual(expected);
  });

  it("is found quickly and exactly for very large totals", () => {
    const packs = choosePacks(priced, 10_000_001);
    expect(sum(packs)).toBeGreaterThanOrEqual(10_000_001);
    const cost = packs.reduce((s, p) => s + Number(p.price) * p.quantity, 0);
    expect(cost).toBe(30_000_100);
  });

  const brute = (packs: CreditPack[], need: number) => {
    // Every multiset of packs with at most `need / smallest + 1` of each, by exhaustive search.
    let best: { cost: number; credits: number; count: number } | null = null;
    const walk = (i: number, credits: number, cost: number, count: number) => {
      if (credits >= need) {
        const better =
          !best || cost < best.cost || (cost === best.cost && (credits < best.credits || (credits === best.credits && count < best.count)));
        if (better) best = { cost, credits, count };
        return;
      }
      if (i === packs.length) return;
      for (let q = 0; credits + q * packs[i].credits < need + packs[i].credits; q++) {
        walk(i + 1, credits + q * packs[i].credits, cost + q * Number(packs[i].price ?? 0), count + q);
      }
    };
    walk(0, 0, 0, 0);
    return best!;
  };

  it("matches an exhaustive search", () => {
    const packArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 })
      .chain((sizes) =>
        fc.tuple(fc.constant(sizes), fc.array(fc.integer({ min: 0, max: 200 }), { minLength: sizes.length, maxLength: sizes.length }), fc.boolean()),
      );
    fc.assert(
      fc.property(packArb, fc.integer({ min: 1, max: 120 }), ([sizes, prices, withPrices], need) => {
        const packs = sizes.map((credits, i) => ({ credits, price: withPrices ? String(prices[i]) : null }));
        const chosen = choosePacks(packs, need);
        const expected = brute(packs, need);
        const credits = sum(chosen);
        const cost = chosen.reduce((s, p) => s + Number(p.price ?? 0) * p.quantity, 0);
        const count = chosen.reduce((s, p) => s + p.quantity, 0);
        expect({ cost, credits, count }).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
