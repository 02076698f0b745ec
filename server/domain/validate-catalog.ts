import { WEEKDAYS, type Catalog, type Feature, type GuaranteeBand, type Plan, type PriceGuidance, type SupportCalendar } from "./catalog.js";
import type { Problem } from "./catalog-reader.js";
import { isDate } from "./dates.js";
import { PLACEHOLDERS } from "./fact-rows.js";
import { Dec, isCurrencyCode } from "./money.js";
import { isZoneError, parseZone } from "./zones.js";

export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MONEY = /^\d{1,15}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,4}(\.\d{1,4})?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function duplicates(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) (seen.has(k) ? dup : seen).add(k);
  return dup;
}

function checkKeys(problems: Problem[], items: { key: string }[], path: string, what: string): void {
  const dup = duplicates(items.map((i) => i.key));
  items.forEach((item, i) => {
    if (item.key && !KEY_PATTERN.test(item.key)) {
      problems.push({ path: `${path}[${i}].key`, message: `${what} key "${item.key}" may use only lower-case letters, digits and single hyphens` });
    }
    if (dup.has(item.key)) problems.push({ path: `${path}[${i}].key`, message: `Two ${what}s share the key "${item.key}"` });
  });
}

function minutes(t: string): number {
  const [h, m] = t.split(":").map(Number);
  return h * 60 + m;
}

function checkMoney(problems: Problem[], value: string | null, path: string, what: string): void {
  if (value !== null && !MONEY.test(value)) {
    problems.push({ path, message: `${what} must be an amount of at least 0 with at most 2 decimals` });
  }
}

/** A support calendar's problems, each at its path under `path`. */
export function calendarProblems(cal: SupportCalendar, path = "calendar"): Problem[] {
  const problems: Problem[] = [];
  checkCalendar(problems, cal, path);
  return problems;
}

function checkCalendar(problems: Problem[], cal: SupportCalendar, path: string): void {
  if (cal.zones.length === 0) problems.push({ path: `${path}.zones`, message: "A support calendar needs at least one time zone" });
  cal.zones.forEach((z, i) => {
    const parsed = parseZone(z);
    if (isZoneError(parsed)) problems.push({ path: `${path}.zones[${i}]`, message: parsed.error });
    else if (parsed.name !== z) problems.push({ path: `${path}.zones[${i}]`, message: `Write the zone "${z}" as "${parsed.name}"` });
  });
  if (duplicates(cal.zones).size > 0) problems.push({ path: `${path}.zones`, message: "A time zone is listed twice" });
  if (!cal.alwaysOpen && cal.windows.length === 0) {
    problems.push({ path: `${path}.windows`, message: "Give the support hours, or mark the calendar as open 24/7" });
  }
  const byDay = new Map<string, [number, number, number][]>();
  cal.windows.forEach((w, i) => {
    const wpath = `${path}.windows[${i}]`;
    if (w.days.length === 0) problems.push({ path: `${wpath}.days`, message: "Pick at least one weekday" });
    if (duplicates(w.days).size > 0) problems.push({ path: `${wpath}.days`, message: "A weekday is listed twice" });
    const okStart = TIME.test(w.start) && w.start !== "24:00";
    const okEnd = TIME.test(w.end);
    if (!okStart) problems.push({ path: `${wpath}.start`, message: `"${w.start}" is not a time of day (HH:MM)` });
    if (!okEnd) problems.push({ path: `${wpath}.end`, message: `"${w.end}" is not a time of day (HH:MM, or 24:00)` });
    if (!okStart || !okEnd) return;
    if (minutes(w.end) <= minutes(w.start)) {
      problems.push({ path: `${wpath}.end`, message: `Support hours end (${w.end}) must be after they start (${w.start})` });
      return;
    }
    for (const d of w.days) {
      const list = byDay.get(d) ?? [];
      list.push([minutes(w.start), minutes(w.end), i]);
      byDay.set(d, list);
    }
  });
  for (const day of WEEKDAYS) {
    const list = (byDay.get(day) ?? []).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < list.length; i++) {
      if (list[i][0] < list[i - 1][1]) {
        problems.push({ path: `${path}.windows[${list[i][2]}]`, message: `Support hours overlap on ${day}` });
      }
    }
  }
  cal.holidays.forEach((h, i) => {
    if (!isDate(h)) problems.push({ path: `${path}.holidays[${i}]`, message: `"${h}" is not a date (YYYY-MM-DD)` });
  });
}

/** A floor, and a list price not below it. */
function checkGuidance(problems: Problem[], g: PriceGuidance, path: string, what: string): void {
  if (!g.floor) problems.push({ path: `${path}.floor`, message: `${what}: give the lowest price sales may agree (the floor)` });
  else checkMoney(problems, g.floor, `${path}.floor`, `${what}: the floor`);
  checkMoney(problems, g.listPrice, `${path}.listPrice`, `${what}: the list price`);
  if (g.floor && g.listPrice !== null && MONEY.test(g.floor) && MONEY.test(g.listPrice) && new Dec(g.floor).gt(g.listPrice)) {
    problems.push({ path: `${path}.listPrice`, message: `${what}: the list price is below the floor` });
  }
}

function checkPlan(problems: Problem[], catalog: Catalog, plan: Plan, i: number): void {
  const path = `plans[${i}]`;
  const planKeys = new Set(catalog.plans.map((p) => p.key));
  const rule = plan.pricing;
  const ppath = `${path}.pricing`;
  if (plan.availability.length === 0) problems.push({ path: `${path}.availability`, message: `${plan.name}: say how the plan is sold (base, add-on or included)` });
  if (duplicates(plan.availability).size > 0) problems.push({ path: `${path}.availability`, message: `${plan.name}: an availability is listed twice` });
  if (plan.availability.includes("ADD_ON") && plan.addOnTo.length === 0) {
    problems.push({ path: `${path}.addOnTo`, message: `${plan.name} is an add-on: name the plans it can be added to` });
  }
  if (!plan.availability.includes("ADD_ON") && plan.addOnTo.length > 0) {
    problems.push({ path: `${path}.addOnTo`, message: `${plan.name} lists plans to be added to but is not sold as an add-on` });
  }
  plan.addOnTo.forEach((k, j) => {
    if (!planKeys.has(k)) problems.push({ path: `${path}.addOnTo[${j}]`, message: `${plan.name} is an add-on to "${k}", which is not a plan of this catalog` });
    if (k === plan.key) problems.push({ path: `${path}.addOnTo[${j}]`, message: `${plan.name} cannot be an add-on to itself` });
  });
  if (plan.availability.includes("INCLUDED") && !plan.includedWith) {
    problems.push({ path: `${path}.includedWith`, message: `${plan.name} is included: say what it is included with` });
  }

  const percentKind = rule.kind === "PERCENT_OF_LICENSE" || rule.kind === "PERCENT_OF_PROJECT_BUDGET";
  if (percentKind) {
    if (rule.percent === null) problems.push({ path: `${ppath}.percent`, message: `${plan.name}: give the percent` });
    else if (!PERCENT.test(rule.percent) || new Dec(rule.percent).lte(0)) {
      problems.push({ path: `${ppath}.percent`, message: `${plan.name}: the percent must be above 0 with at most 4 decimals` });
    }
  } else if (rule.percent !== null) {
    problems.push({ path: `${ppath}.percent`, message: `${plan.name}: only percent rules take a percent` });
  }
  if (rule.kind === "FIXED") {
    if (rule.amount === null) problems.push({ path: `${ppath}.amount`, message: `${plan.name}: give the fixed amount` });
    checkMoney(problems, rule.amount, `${ppath}.amount`, `${plan.name}: the amount`);
  } else if (rule.amount !== null) {
    problems.push({ path: `${ppath}.amount`, message: `${plan.name}: only fixed rules take an amount` });
  }
  checkMoney(problems, rule.minimum, `${ppath}.minimum`, `${plan.name}: the minimum`);
  checkMoney(problems, rule.maximum, `${ppath}.maximum`, `${plan.name}: the maximum`);
  if ((rule.minimum !== null || rule.maximum !== null) && !(percentKind || rule.kind === "FIXED")) {
    problems.push({ path: `${ppath}.minimum`, message: `${plan.name}: only percent and fixed rules take a minimum or maximum` });
  }
  if (
    rule.minimum !== null && rule.maximum !== null &&
    MONEY.test(rule.minimum) && MONEY.test(rule.maximum) && new Dec(rule.minimum).gt(rule.maximum)
  ) {
    problems.push({ path: `${ppath}.maximum`, message: `${plan.name}: the maximum is below the minimum` });
  }
  if (rule.guidance) {
    if (rule.kind !== "QUOTE_BASED") {
      problems.push({ path: `${ppath}.guidance`, message: `${plan.name}: only plans priced on request take a price guidance` });
    }
    checkGuidance(problems, rule.guidance, `${ppath}.guidance`, plan.name);
  }
  if (rule.kind === "CREDIT_PACKS") {
    if (rule.packs.length === 0) problems.push({ path: `${ppath}.packs`, message: `${plan.name}: list the credit packs on sale` });
    const sizes = rule.packs.map((p) => p.credits);
    if (duplicates(sizes.map(String)).size > 0) problems.push({ path: `${ppath}.packs`, message: `${plan.name}: two packs hold the same number of credits` });
    rule.packs.forEach((p, j) => {
      if (p.credits < 1 || p.credits > 1_000_000) problems.push({ path: `${ppath}.packs[${j}].credits`, message: `${plan.name}: a pack holds 1 to 1,000,000 credits` });
      checkMoney(problems, p.price, `${ppath}.packs[${j}].price`, `${plan.name}: the pack price`);
      if (p.guidance) {
        if (p.price !== null) {
          problems.push({ path: `${ppath}.packs[${j}].guidance`, message: `${plan.name}: the ${p.credits}-credit pack has a published price; only unpublished packs take a guidance` });
        }
        checkGuidance(problems, p.guidance, `${ppath}.packs[${j}].guidance`, `${plan.name}, ${p.credits}-credit pack`);
      }
    });
    const priced = rule.packs.filter((p) => p.price !== null).length;
    if (priced > 0 && priced < rule.packs.length) {
      problems.push({ path: `${ppath}.packs`, message: `${plan.name}: publish the price of every pack or of none` });
    }
  } else if (rule.packs.length > 0) {
    problems.push({ path: `${ppath}.packs`, message: `${plan.name}: only credit-pack rules list packs` });
  }

  if (plan.calendar) checkCalendar(problems, plan.calendar, `${path}.calendar`);
  plan.limits.forEach((l, j) => {
    const integer = l.figure === "AGENTS" || l.figure === "BOTS";
    const ok = integer ? /^\d{1,9}$/.test(l.value) : MONEY.test(l.value);
    if (!ok) problems.push({ path: `${path}.limits[${j}].value`, message: `${plan.name}: the limit must be ${integer ? "a whole number" : "an amount"} of at least 0` });
  });
  const editions = new Set(catalog.licenseEditions.map((e) => e.key));
  plan.requiresEdition.forEach((e, j) => {
    if (!editions.has(e)) problems.push({ path: `${path}.requiresEdition[${j}]`, message: `${plan.name} requires the license edition "${e}", which the catalog does not list` });
  });
  const priorities = new Set(catalog.priorities.map((p) => p.key));
  for (const [priority, target] of Object.entries(plan.sla)) {
    const tpath = `${path}.sla.${priority}`;
    if (!priorities.has(priority)) problems.push({ path: tpath, message: `${plan.name} has a target for the priority "${priority}", which the catalog does not list` });
    if (!/^\d{1,6}(\.\d{1,3})?$/.test(target.amount) || new Dec(target.amount).lte(0)) {
      problems.push({ path: `${tpath}.amount`, message: `${plan.name}: a response target must be above 0` });
    }
    if (target.unit === "BUSINESS_HOURS" && !plan.calendar) {
      problems.push({ path: tpath, message: `${plan.name} counts business hours but has no support calendar` });
    }
  }
  if (plan.authorizedContacts !== null && (plan.authorizedContacts < 0 || plan.authorizedContacts > 100_000)) {
    problems.push({ path: `${path}.authorizedContacts`, message: `${plan.name}: authorized contacts are from 0 to 100,000` });
  }
}

function checkSource(problems: Problem[], catalog: Catalog, feature: Feature, i: number): void {
  const source = feature.source;
  if (!source) return;
  const path = `features[${i}].source`;
  const priorities = new Set(catalog.priorities.map((p) => p.key));
  if (source.kind === "SLA") {
    if (source.priorities.length === 0) problems.push({ path: `${path}.priorities`, message: `The row "${feature.label}" shows response targets: name the priority (or the priorities) it is for` });
    if (duplicates(source.priorities).size > 0) problems.push({ path: `${path}.priorities`, message: `The row "${feature.label}" names a priority twice` });
    source.priorities.forEach((k, j) => {
      if (!priorities.has(k)) problems.push({ path: `${path}.priorities[${j}]`, message: `The row "${feature.label}" shows the priority "${k}", which the catalog does not list` });
    });
  } else if (source.priorities.length > 0) {
    problems.push({ path: `${path}.priorities`, message: `The row "${feature.label}" is not about response targets: it takes no priorities` });
  }
  const allowed = new Set(PLACEHOLDERS[source.kind]);
  for (const [plan, cell] of Object.entries(feature.cells)) {
    for (const m of (cell.text ?? "").matchAll(/\{([A-Za-z]+)\}/g)) {
      if (!allowed.has(m[1])) {
        const known = allowed.size > 0 ? `: use ${[...allowed].map((a) => `{${a}}`).join(", ")}` : ": this kind of row takes none";
        problems.push({ path: `features[${i}].cells.${plan}.text`, message: `The wording of "${feature.label}" names {${m[1]}}, which the fact does not have${known}` });
      }
    }
  }
}

function checkFeature(problems: Problem[], catalog: Catalog, feature: Feature, i: number): void {
  checkSource(problems, catalog, feature, i);
  const planKeys = new Set(catalog.plans.map((p) => p.key));
  const groups = new Set(catalog.featureGroups.map((g) => g.key));
  if (feature.group !== null && !groups.has(feature.group)) {
    problems.push({ path: `features[${i}].group`, message: `The row "${feature.label}" is in the group "${feature.group}", which the catalog does not list` });
  }
  for (const [plan, cell] of Object.entries(feature.cells)) {
    if (!planKeys.has(plan)) problems.push({ path: `features[${i}].cells.${plan}`, message: `The row "${feature.label}" has a cell for "${plan}", which is not a plan of this catalog` });
    const v = cell.value;
    if (feature.type === "NUMBER" && typeof v === "string" && !/^-?\d+(\.\d+)?$/.test(v)) {
      problems.push({ path: `features[${i}].cells.${plan}`, message: `The row "${feature.label}" holds numbers` });
    }
  }
}

/** Checks a band list: ascending, starting at 0 inclusive, each bound shared with the next
 * band by exactly one of them (no overlap, no gap), the last one unbounded. */
export function bandProblems(bands: GuaranteeBand[]): Problem[] {
  const problems: Problem[] = [];
  if (bands.length === 0) return problems;
  bands.forEach((b, i) => {
    checkMoney(problems, b.min, `guaranteeBands[${i}].min`, "A band's lower bound");
    checkMoney(problems, b.max, `guaranteeBands[${i}].max`, "A band's upper bound");
    if (!Number.isInteger(b.days) || b.days < 1 || b.days > 3660) {
      problems.push({ path: `guaranteeBands[${i}].days`, message: "A band gives 1 to 3660 days" });
    }
  });
  if (problems.length > 0) return problems;
  const first = bands[0];
  if (!new Dec(first.min).isZero() || !first.minInclusive) {
    problems.push({ path: "guaranteeBands[0].min", message: "The first band must start at a budget of 0, inclusive" });
  }
  bands.forEach((b, i) => {
    const path = `guaranteeBands[${i}]`;
    if (b.max !== null) {
      const min = new Dec(b.min);
      const max = new Dec(b.max);
      if (max.lt(min) || (max.eq(min) && !(b.minInclusive && b.maxInclusive))) {
        problems.push({ path: `${path}.max`, message: `The band from ${b.min} to ${b.max} holds no budget` });
      }
    }
    const next = bands[i + 1];
    if (!next) {
      if (b.max !== null) problems.push({ path: `${path}.max`, message: `Budgets above ${b.max} fall in no band: leave the last band without an upper bound` });
      return;
    }
    if (b.max === null) {
      problems.push({ path: `${path}.max`, message: "Only the last band may be without an upper bound: the bands overlap" });
      return;
    }
    const max = new Dec(b.max);
    const nextMin = new Dec(next.min);
    if (max.lt(nextMin) || (max.eq(nextMin) && !b.maxInclusive && !next.minInclusive)) {
      problems.push({ path: `guaranteeBands[${i + 1}].min`, message: `Budgets between ${b.max} and ${next.min} fall in no band` });
    } else if (max.gt(nextMin) || (b.maxInclusive && next.minInclusive)) {
      problems.push({ path: `guaranteeBands[${i + 1}].min`, message: `The bands overlap at ${next.min}` });
    }
  });
  return problems;
}

/** Everything that keeps a catalog from being published, in words, with the path of each. */
export function validateCatalog(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  if (catalog.slug && !KEY_PATTERN.test(catalog.slug)) {
    problems.push({ path: "slug", message: "The slug may use only lower-case letters, digits and single hyphens" });
  }
  if (catalog.slug.length > 60) problems.push({ path: "slug", message: "The slug is at most 60 characters" });
  if (!isCurrencyCode(catalog.currency)) problems.push({ path: "currency", message: `"${catalog.currency}" is not an ISO 4217 currency code such as USD` });
  if (catalog.plans.length === 0) problems.push({ path: "plans", message: "A catalog needs at least one plan" });
  checkKeys(problems, catalog.plans, "plans", "plan");
  checkKeys(problems, catalog.features, "features", "row");
  checkKeys(problems, catalog.featureGroups, "featureGroups", "group");
  checkKeys(problems, catalog.priorities, "priorities", "priority");
  checkKeys(problems, catalog.requestCategories, "requestCategories", "request category");
  checkKeys(problems, catalog.licenseEditions, "licenseEditions", "license edition");
  catalog.plans.forEach((p, i) => checkPlan(problems, catalog, p, i));
  catalog.features.forEach((f, i) => checkFeature(problems, catalog, f, i));
  const planKeys = new Set(catalog.plans.map((p) => p.key));
  catalog.exclusions.forEach((e, i) =>
    e.plans.forEach((k, j) => {
      if (!planKeys.has(k)) problems.push({ path: `exclusions[${i}].plans[${j}]`, message: `An exclusion names "${k}", which is not a plan of this catalog` });
    }),
  );
  catalog.requestCategories.forEach((c, i) => {
    const path = `requestCategories[${i}].rule`;
    if (c.rule.credits < 1) problems.push({ path: `${path}.credits`, message: `${c.label}: a request uses at least 1 credit` });
    if (c.rule.kind === "UPGRADE" && ((c.rule.perStep ?? -1) < 0 || (c.rule.includedSteps ?? -1) < 0)) {
      problems.push({ path, message: `${c.label}: an upgrade rule needs credits per step and included steps of at least 0` });
    }
  });
  if (catalog.requestCategories.length > 0 && !catalog.plans.some((p) => p.pricing.kind === "CREDIT_PACKS")) {
    problems.push({ path: "requestCategories", message: "Request categories are priced in credits: add a plan sold in credit packs" });
  }
  problems.push(...bandProblems(catalog.guaranteeBands));
  return problems;
}

/** Words in a row's label that name a fact the catalog holds structured. */
export const PRICE_WORDS = /\b(price|prices|priced|pricing|cost|costs|fee|fees)\b/i;
export const HOURS_WORDS = /\b(support|working|business|office)\s+hours\b/i;
export const CONTACT_WORDS = /\bauthori[sz]ed\s+contacts?\b/i;
const RESPONSE_TIME_WORDS = /\b(response|reply)\s+times?\b|\bfirst\s+response\b|\bFRT\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The priorities a row's label names, by label ("Severity A", "P1") or key. */
export function namedPriorities(catalog: Catalog, label: string): string[] {
  return catalog.priorities
    .filter((p) => [p.label, p.key].some((name) => name.trim() !== "" && new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}($|[^\\p{L}\\p{N}])`, "iu").test(label)))
    .map((p) => p.label);
}

/**
 * Free-text rows that seem to restate a fact the catalog holds structured (a response
 * target, the price, the support hours, the authorized contacts). Typed twice, the two
 * drift apart and the page contradicts itself; a derived row shows the fact itself.
 * These are warnings, not errors: they are read from the row's words, which can be wrong
 * (a row about "priority support" that is no response target), so they never keep a
 * catalog from being published.
 */
export function catalogWarnings(catalog: Catalog): Problem[] {
  const warnings: Problem[] = [];
  catalog.features.forEach((f, i) => {
    if (f.source) return;
    const hint = (what: string, derived: string) =>
      warnings.push({
        path: `features[${i}].label`,
        message: `The row "${f.label}" is typed by hand but seems to state ${what}: add a derived row (${derived}) instead, so the page cannot contradict the structured fact`,
        warning: true,
      });
    const priorities = namedPriorities(catalog, f.label);
    if (priorities.length > 0) hint(`a response target (${priorities.join(", ")})`, `first response, ${priorities.join(", ")}`);
    else if (RESPONSE_TIME_WORDS.test(f.label)) hint("a response target", "first response, with its priorities");
    else if (PRICE_WORDS.test(f.label)) hint("the price", "price");
    else if (HOURS_WORDS.test(f.label)) hint("the support hours", "support hours");
    else if (CONTACT_WORDS.test(f.label)) hint("the authorized contacts", "authorized contacts");
  });
  catalog.plans.forEach((p, i) => {
    // A percent written into the price's words goes stale when the rule changes.
    const stated = [...(p.pricing.note ?? "").matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => m[1]);
    const percent = p.pricing.percent;
    if (stated.some((s) => percent === null || !/^\d+(\.\d+)?$/.test(percent) || !new Dec(s).eq(percent))) {
      warnings.push({
        path: `plans[${i}].pricing.note`,
        message: `${p.name}: the price's wording says ${stated.map((s) => `${s}%`).join(", ")}, which is not the rule's percent: leave numbers to the rule (a price row shows them in the vendor's words)`,
        warning: true,
      });
    }
  });
  return warnings;
}
