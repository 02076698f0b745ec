import type { CatalogChoicesQuery, QuoteInput } from "../../../__generated__/sales/graphql.js";
import { decimalInput } from "../../../shared/format.js";
import type { QuoteForm_QuoteFragment } from "../graphql/quote-form.fragment.js";

export type CatalogChoice = CatalogChoicesQuery["catalogs"][number];
export type PlanChoice = CatalogChoice["plans"][number];

export interface DiscountForm {
  /** "" = the option's total; else the key of the line it reduces (QuoteOption.discountTargets). */
  lineKey: string;
  kind: "PERCENT" | "AMOUNT";
  value: string;
  /** What the customer reads beside it (optional). */
  label: string;
  /** Why it is given: staff only. */
  reason: string;
}

export interface PackForm {
  credits: number;
  quantity: string;
  agreedPrice: string;
}

export interface OptionForm {
  label: string;
  planKey: string;
  addOnKeys: string[];
  packs: PackForm[];
  customPrices: Record<string, string>;
  discounts: DiscountForm[];
}

export interface QuoteForm {
  catalogSlug: string;
  company: string;
  name: string;
  email: string;
  licensePrice: string;
  projectBudget: string;
  termYears: string;
  goLiveDate: string;
  agents: string;
  bots: string;
  licenseEdition: string;
  timeZone: string;
  validUntil: string;
  options: OptionForm[];
}

/** At most four alternatives (good / better / best / one more), as the API takes them. */
export const MAX_OPTIONS = 4;

export function emptyOption(planKey: string, label = ""): OptionForm {
  return { label, planKey, addOnKeys: [], packs: [], customPrices: {}, discounts: [] };
}

/** A new quote's form: the catalog's first tier, one year, the organisation's zone. */
export function emptyForm(catalog: CatalogChoice | undefined, timeZone: string): QuoteForm {
  return {
    catalogSlug: catalog?.slug ?? "",
    company: "",
    name: "",
    email: "",
    licensePrice: "",
    projectBudget: "",
    termYears: "1",
    goLiveDate: "",
    agents: "",
    bots: "",
    licenseEdition: "",
    timeZone,
    validUntil: "",
    options: [emptyOption(catalog?.plans.find((p) => p.isTier)?.key ?? "")],
  };
}

/** A saved quote's content, as the form edits it. */
export function fromQuote(q: QuoteForm_QuoteFragment): QuoteForm {
  const s = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    catalogSlug: q.catalogSlug,
    company: q.customer.company,
    name: q.customer.name,
    email: q.customer.email,
    licensePrice: s(q.figures.licensePrice),
    projectBudget: s(q.figures.projectBudget),
    termYears: String(q.figures.termYears),
    goLiveDate: s(q.figures.goLiveDate),
    agents: s(q.figures.agents),
    bots: s(q.figures.bots),
    licenseEdition: s(q.figures.licenseEdition),
    timeZone: q.timeZone,
    validUntil: s(q.validUntil),
    options: q.options.map((o) => ({
      label: o.label ?? "",
      planKey: o.planKey,
      addOnKeys: o.addOnKeys,
      packs: o.creditPacks.map((p) => ({ credits: p.credits, quantity: String(p.quantity), agreedPrice: s(p.agreedPrice) })),
      customPrices: Object.fromEntries(o.customPrices.map((c) => [c.planKey, c.amount])),
      discounts: o.discounts.map((d) => ({ lineKey: d.lineKey ?? "", kind: d.kind, value: d.value, label: d.label ?? "", reason: d.reason ?? "" })),
    })),
  };
}

const trimmed = (v: string) => (v.trim() === "" ? null : v.trim());
const plain = (v: string) => trimmed(v.replace(/[\s,]/g, ""));
const count = (v: string) => (v.trim() === "" ? null : Number(v));

/** The form as the API's QuoteInput; the server checks every value and says what is wrong. */
export function toInput(f: QuoteForm): QuoteInput {
  return {
    catalogSlug: f.catalogSlug,
    customer: { company: f.company, name: f.name, email: f.email },
    licensePrice: plain(f.licensePrice),
    projectBudget: plain(f.projectBudget),
    termYears: count(f.termYears),
    goLiveDate: trimmed(f.goLiveDate),
    agents: count(f.agents),
    bots: count(f.bots),
    licenseEdition: trimmed(f.licenseEdition),
    timeZone: trimmed(f.timeZone),
    validUntil: trimmed(f.validUntil),
    options: f.options.map((o) => ({
      label: trimmed(o.label),
      planKey: o.planKey,
      addOnKeys: o.addOnKeys,
      creditPacks: o.packs.map((p) => ({ credits: p.credits, quantity: Number(p.quantity) || 0, agreedPrice: plain(p.agreedPrice) })),
      customPrices: Object.entries(o.customPrices)
        .filter(([, amount]) => amount.trim() !== "")
        .map(([planKey, amount]) => ({ planKey, amount: plain(amount)! })),
      discounts: o.discounts.map((d) => ({ lineKey: d.lineKey || null, kind: d.kind, value: d.value.trim(), label: trimmed(d.label), reason: d.reason })),
    })),
  };
}

const planName = (plans: PlanChoice[], key: string) => plans.find((p) => p.key === key)?.name ?? key;

/**
 * Offers a plan as one more alternative. A plan already offered is not offered twice (three
 * clicks for Basic, Business and Premium make those three), and every alternative is labelled
 * with its plan's name unless the rep named it.
 */
export function addAlternative(form: QuoteForm, plans: PlanChoice[], planKey: string): QuoteForm {
  const labelled = form.options.map((o) => (o.label.trim() ? o : { ...o, label: planName(plans, o.planKey) }));
  if (form.options.some((o) => o.planKey === planKey)) return { ...form, options: labelled };
  if (form.options.length >= MAX_OPTIONS) return form;
  return { ...form, options: [...labelled, emptyOption(planKey, planName(plans, planKey))] };
}

/** The plans an option puts on the quote: its plan and its add-ons. */
export function plansInOption(option: OptionForm, plans: PlanChoice[]): PlanChoice[] {
  return plans.filter((p) => p.key === option.planKey || option.addOnKeys.includes(p.key));
}

/**
 * The option on another plan, keeping what the new plan still takes (add-ons, their packs and
 * agreed prices, discounts on lines still there) and naming what had to go.
 */
export function changePlan(option: OptionForm, plans: PlanChoice[], planKey: string): { option: OptionForm; dropped: string[] } {
  const next = plans.find((p) => p.key === planKey);
  const takes = new Set(next?.addOnKeys ?? []);
  const addOnKeys = option.addOnKeys.filter((k) => takes.has(k));
  const dropped = option.addOnKeys.filter((k) => !takes.has(k)).map((k) => planName(plans, k));
  const label = option.label === planName(plans, option.planKey) ? planName(plans, planKey) : option.label;
  const kept: OptionForm = { ...option, label, planKey, addOnKeys };
  const onQuote = plansInOption(kept, plans);
  const packCredits = new Set(onQuote.flatMap((p) => p.pricing.packs.map((pack) => pack.credits)));
  const packs = option.packs.filter((p) => packCredits.has(p.credits));
  const keys = new Set([...onQuote.map((p) => p.key), ...packs.map((p) => `pack-${p.credits}`)]);
  const customPrices = Object.fromEntries(Object.entries(option.customPrices).filter(([k]) => keys.has(k)));
  const discounts = option.discounts.filter((d) => d.lineKey === "" || keys.has(d.lineKey));
  if (option.discounts.length > discounts.length) dropped.push(`${option.discounts.length - discounts.length} discount(s) on lines no longer quoted`);
  return { option: { ...kept, packs, customPrices, discounts }, dropped };
}

/** The catalog's credit packs an option can order (from its plan and add-ons). */
export function packChoices(option: OptionForm, plans: PlanChoice[]) {
  return plansInOption(option, plans).flatMap((p) => p.pricing.packs);
}

/** What is wrong with a typed value, by where it is ("agents", "options.1.discounts.0.value"); empty when all can be sent. */
export type Problems = Record<string, string>;

const AMOUNT = "Write the amount as a number, like 48000 or 48000.50";
const wholeNumber = (v: string) => v.trim() === "" || /^\d{1,6}$/.test(v.trim());
const amount = (v: string) => v.trim() === "" || decimalInput(v) !== null;

/**
 * The typed values the API could not even read (a word where a number goes), said next to their
 * fields; whether a readable value is allowed is the server's to say.
 */
export function formProblems(f: QuoteForm): Problems {
  const problems: Problems = {};
  if (!amount(f.licensePrice)) problems.licensePrice = AMOUNT;
  if (!amount(f.projectBudget)) problems.projectBudget = AMOUNT;
  for (const key of ["termYears", "agents", "bots"] as const) if (!wholeNumber(f[key])) problems[key] = "Write a whole number";
  f.options.forEach((o, i) => {
    o.discounts.forEach((d, j) => {
      if (d.value.trim() === "") problems[`options.${i}.discounts.${j}.value`] = "Give the discount's value";
      else if (!amount(d.value)) problems[`options.${i}.discounts.${j}.value`] = d.kind === "PERCENT" ? "Write the percent as a number, like 10" : AMOUNT;
    });
    for (const [planKey, price] of Object.entries(o.customPrices)) if (!amount(price)) problems[`options.${i}.customPrices.${planKey}`] = AMOUNT;
    for (const p of o.packs) {
      if (!wholeNumber(p.quantity)) problems[`options.${i}.packs.${p.credits}.quantity`] = "Write how many packs as a whole number";
      if (!amount(p.agreedPrice)) problems[`options.${i}.packs.${p.credits}.agreedPrice`] = AMOUNT;
    }
  });
  return problems;
}

/** One option's problems, keyed from inside the option ("discounts.0.value"). */
export function optionProblems(problems: Problems, index: number): Problems {
  const prefix = `options.${index}.`;
  return Object.fromEntries(Object.entries(problems).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
}

/** The form without the discounts whose value is not typed yet: what the live preview prices. */
export function withoutBlankDiscounts(f: QuoteForm): QuoteForm {
  return { ...f, options: f.options.map((o) => ({ ...o, discounts: o.discounts.filter((d) => d.value.trim() !== "") })) };
}

/** The form field a server error names (`extensions.field`), so its words sit next to it. */
const FIELD_OF: Record<string, keyof QuoteForm> = {
  licensePrice: "licensePrice",
  projectBudget: "projectBudget",
  termYears: "termYears",
  goLiveDate: "goLiveDate",
  agents: "agents",
  bots: "bots",
  licenseEdition: "licenseEdition",
  timeZone: "timeZone",
  validUntil: "validUntil",
  "customer.company": "company",
  "customer.name": "name",
  "customer.email": "email",
};

/** A server error as problems by form field; empty when it names no field of the form. */
export function serverProblems(message: string | null, field: string | null): Problems {
  const key = field ? FIELD_OF[field] : undefined;
  return message && key ? { [key]: message } : {};
}
