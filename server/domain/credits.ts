import type { Catalog, CreditPack, RequestCategory } from "./catalog.js";
import { badInput, notFound } from "./errors.js";
import { Dec, formatMoney, minorDigits, sumMoney } from "./money.js";
import { checkCount } from "./pricing.js";

export interface CreditRequest {
  categoryKey: string;
  count: number;
  fromVersion?: string | null;
  toVersion?: string | null;
  /** Upgrade steps when they cannot be read off the versions (across a minor or major version). */
  steps?: number | null;
}

export interface CreditEstimateLine {
  categoryKey: string;
  label: string;
  count: number;
  /** Credits one request of this kind uses (the minimum for a "from N" category). */
  creditsEach: number;
  credits: number;
  minimum: boolean;
  needsConfirmation: boolean;
  steps: number | null;
}

export interface PackChoice {
  credits: number;
  quantity: number;
  price: string | null;
}

export interface CreditEstimate {
  credits: number;
  /** True when a "from N" category is involved: the credits are a minimum and the price is agreed. */
  minimum: boolean;
  needsConfirmation: boolean;
  lines: CreditEstimateLine[];
  packs: PackChoice[];
  /** null when a chosen pack has no published price. */
  price: string | null;
}

const VERSION = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/;

function parseVersion(text: string, field: string): [number, number, number] {
  const m = VERSION.exec(text);
  if (!m) throw badInput(`${field} must be a version written major.minor.patch, such as 4.3.1 ("${text}" is not)`, field);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The number of patch steps an upgrade takes: read off the patch numbers within one
 * minor version, given by the caller across minor or major versions. */
export function upgradeSteps(request: CreditRequest, field: string): number {
  const { fromVersion, toVersion, steps } = request;
  if (steps != null) checkCount(steps, `${field}.steps`, 1);
  if (fromVersion == null || toVersion == null) {
    if (fromVersion != null || toVersion != null) {
      throw badInput("An upgrade needs both fromVersion and toVersion", `${field}.${fromVersion == null ? "fromVersion" : "toVersion"}`);
    }
    if (steps == null) throw badInput("An upgrade needs fromVersion and toVersion (or steps)", `${field}.fromVersion`);
    return steps;
  }
  const from = parseVersion(fromVersion, `${field}.fromVersion`);
  const to = parseVersion(toVersion, `${field}.toVersion`);
  if (compareVersions(to, from) <= 0) {
    throw badInput(`toVersion ${toVersion} must be later than fromVersion ${fromVersion}`, `${field}.toVersion`);
  }
  if (from[0] === to[0] && from[1] === to[1]) {
    const read = to[2] - from[2];
    if (steps != null && steps !== read) {
      throw badInput(`${fromVersion} -> ${toVersion} is ${read} patch steps, not ${steps}`, `${field}.steps`);
    }
    return read;
  }
  if (steps == null) {
    throw badInput(
      `${fromVersion} -> ${toVersion} crosses a minor or major version, so the steps cannot be read off the numbers: give steps`,
      `${field}.steps`,
    );
  }
  return steps;
}

/** Credits one request of a category uses: fixed, "from N" (N), or base + perStep x max(0, steps - includedSteps). */
export function creditsFor(category: RequestCategory, request: CreditRequest, field: string): { credits: number; steps: number | null } {
  const rule = category.rule;
  if (rule.kind !== "UPGRADE") {
    if (request.fromVersion != null || request.toVersion != null || request.steps != null) {
      throw badInput(`${category.label}: versions and steps apply only to upgrades`, field);
    }
    return { credits: rule.credits, steps: null };
  }
  const steps = upgradeSteps(request, field);
  return { credits: rule.credits + rule.perStep! * Math.max(0, steps - rule.includedSteps!), steps };
}

/** Largest credit total the pack search takes; beyond it the answer is not worth a quote. */
const MAX_CREDITS = 1_000_000_000;

/**
 * The packs to buy for a number of credits: the cheapest set that covers them, ties
 * broken by fewer credits, then fewer packs; when prices are not published, the fewest
 * credits, then the fewest packs.
 *
 * A dynamic programme over exact credit totals. For large totals it first takes packs
 * of the best kind b (lowest price per credit, then largest): some optimal set has fewer
 * than b.credits packs of other kinds (any b.credits of them hold a subset whose credits
 * are a multiple of b.credits, which b packs replace at no higher price and no more
 * packs), so at least ceil(C / b) - maxPack - 1 packs of b can be taken safely.
 */
export function choosePacks(packs: CreditPack[], needed: number): PackChoice[] {
  if (needed <= 0) return [];
  if (needed > MAX_CREDITS) throw badInput(`Estimates are limited to ${MAX_CREDITS} credits`);
  const priced = packs.every((p) => p.price !== null);
  const cents = packs.map((p) => (priced ? new Dec(p.price!).times(100).toNumber() : 0));
  const sizes = packs.map((p) => p.credits);
  const maxSize = Math.max(...sizes);

  const order = packs.map((_, i) => i);
  order.sort((a, b) => (priced ? cents[a] * sizes[b] - cents[b] * sizes[a] : 0) || sizes[b] - sizes[a]);
  const best = order[0];
  const preTaken = Math.max(0, Math.ceil(needed / sizes[best]) - maxSize - 1);
  const rest = needed - preTaken * sizes[best];

  const span = rest + maxSize;
  if (priced && Math.max(...cents) * (span / Math.min(...sizes) + 1) > Number.MAX_SAFE_INTEGER) {
    throw badInput("These pack prices are too large to compare exactly for so many credits");
  }
  // cost[t], count[t], via[t]: the best way to buy exactly t credits.
  const cost = new Float64Array(span).fill(Infinity);
  const count = new Int32Array(span);
  const via = new Int32Array(span).fill(-1);
  cost[0] = 0;
  for (let t = 1; t < span; t++) {
    for (let i = 0; i < sizes.length; i++) {
      const from = t - sizes[i];
      if (from < 0 || cost[from] === Infinity) continue;
      const c = cost[from] + cents[i];
      const n = count[from] + 1;
      if (c < cost[t] || (c === cost[t] && n < count[t])) {
        cost[t] = c;
        count[t] = n;
        via[t] = i;
      }
    }
  }
  let chosen = -1;
  for (let t = rest; t < span; t++) {
    if (cost[t] === Infinity) continue;
    // Totals are visited in increasing order, so an equal cost keeps the fewer credits.
    if (chosen === -1 || cost[t] < cost[chosen]) chosen = t;
  }
  const quantities = new Map<number, number>();
  if (preTaken > 0) quantities.set(best, preTaken);
  for (let t = chosen; t > 0; t -= sizes[via[t]]) quantities.set(via[t], (quantities.get(via[t]) ?? 0) + 1);
  return [...quantities.entries()]
    .map(([i, quantity]) => ({ credits: sizes[i], quantity, price: packs[i].price }))
    .sort((a, b) => a.credits - b.credits);
}

function catalogPacks(catalog: Catalog): CreditPack[] {
  const bySize = new Map<number, CreditPack>();
  for (const plan of catalog.plans) {
    if (plan.pricing.kind !== "CREDIT_PACKS") continue;
    for (const pack of plan.pricing.packs) if (!bySize.has(pack.credits)) bySize.set(pack.credits, pack);
  }
  return [...bySize.values()];
}

export function estimateCredits(catalog: Catalog, requests: CreditRequest[]): CreditEstimate {
  const packs = catalogPacks(catalog);
  if (packs.length === 0 || catalog.requestCategories.length === 0) {
    throw badInput(`${catalog.name} does not sell support credits`, "catalogSlug");
  }
  const lines = requests.map((request, i): CreditEstimateLine => {
    const field = `requests[${i}]`;
    const category = catalog.requestCategories.find((c) => c.key === request.categoryKey);
    if (!category) {
      const known = catalog.requestCategories.map((c) => c.key).join(", ");
      throw notFound(`${catalog.name} has no request category "${request.categoryKey}" (categories: ${known})`, `${field}.categoryKey`);
    }
    checkCount(request.count, `${field}.count`);
    const { credits, steps } = creditsFor(category, request, field);
    return {
      categoryKey: category.key,
      label: category.label,
      count: request.count,
      creditsEach: credits,
      credits: credits * request.count,
      minimum: category.rule.kind === "FROM",
      needsConfirmation: category.needsConfirmation,
      steps,
    };
  });
  const credits = lines.reduce((sum, l) => sum + l.credits, 0);
  const chosen = choosePacks(packs, credits);
  const digits = minorDigits(catalog.currency);
  const priced = chosen.every((p) => p.price !== null);
  return {
    credits,
    minimum: lines.some((l) => l.minimum && l.count > 0),
    needsConfirmation: lines.some((l) => l.needsConfirmation && l.count > 0),
    lines,
    packs: chosen,
    price: priced
      ? formatMoney(sumMoney(chosen.map((p) => new Dec(p.price!).times(p.quantity))), digits)
      : null,
  };
}
