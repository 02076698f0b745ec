import type { PlanInput, PricingKind } from "../../../__generated__/admin/graphql.js";
import type { DocPlan } from "./draft-document.js";
import { decimalOrNull, lines, numberError, wholeNumberError } from "./field-checks.js";

type Limit = DocPlan["limits"][number];

/** A plan as its form holds it: every figure as typed. */
export interface PlanForm {
  name: string;
  tagline: string;
  description: string;
  forYouIf: string;
  /** One note a line. */
  notes: string;
  availability: DocPlan["availability"];
  addOnTo: string[];
  includedWith: string;
  kind: PricingKind;
  percent: string;
  amount: string;
  period: DocPlan["pricing"]["period"];
  minimum: string;
  maximum: string;
  floor: string;
  listPrice: string;
  packs: { credits: string; price: string; floor: string; listPrice: string }[];
  limits: { figure: Limit["figure"]; comparison: Limit["comparison"]; value: string }[];
  requiresEdition: string[];
  authorizedContacts: string;
  /** The price as the vendor words it. */
  pricingNote: string;
  /** A note on the price in the product's own voice. */
  pricingEditorNote: string;
}

export function planForm(plan: DocPlan): PlanForm {
  const p = plan.pricing;
  return {
    name: plan.name,
    tagline: plan.tagline ?? "",
    description: plan.description ?? "",
    forYouIf: plan.forYouIf.join("\n"),
    notes: plan.notes.join("\n"),
    availability: plan.availability,
    addOnTo: plan.addOnTo,
    includedWith: plan.includedWith ?? "",
    kind: p.kind,
    percent: p.percent ?? "",
    amount: p.amount ?? "",
    period: p.period,
    minimum: p.minimum ?? "",
    maximum: p.maximum ?? "",
    floor: p.guidance?.floor ?? "",
    listPrice: p.guidance?.listPrice ?? "",
    packs: p.packs.map((k) => ({ credits: String(k.credits), price: k.price ?? "", floor: k.guidance?.floor ?? "", listPrice: k.guidance?.listPrice ?? "" })),
    limits: plan.limits.map((l) => ({ ...l })),
    requiresEdition: plan.requiresEdition,
    authorizedContacts: plan.authorizedContacts === null ? "" : String(plan.authorizedContacts),
    pricingNote: p.note ?? "",
    pricingEditorNote: p.editorNote ?? "",
  };
}

const PERCENT_KINDS: PricingKind[] = ["PERCENT_OF_LICENSE", "PERCENT_OF_PROJECT_BUDGET"];

/** What is wrong with the form as typed, keyed by the document path under the plan ("pricing.percent"). */
export function planFormErrors(f: PlanForm): Record<string, string> {
  const errors: Record<string, string | null> = {
    name: f.name.trim() === "" ? "Give the plan a name" : null,
    availability: f.availability.length === 0 ? "Pick how the plan can be bought" : null,
    "pricing.percent": PERCENT_KINDS.includes(f.kind) ? numberError(f.percent, "percent", { required: true }) : null,
    "pricing.amount": f.kind === "FIXED" ? numberError(f.amount, "amount", { required: true }) : null,
    "pricing.minimum": numberError(f.minimum, "minimum"),
    "pricing.maximum": numberError(f.maximum, "maximum"),
    "pricing.guidance.floor": numberError(f.floor, "floor", { required: f.listPrice.trim() !== "" }),
    "pricing.guidance.listPrice": numberError(f.listPrice, "list price"),
    authorizedContacts: wholeNumberError(f.authorizedContacts, "number of contacts"),
  };
  f.packs.forEach((k, i) => {
    errors[`pricing.packs[${i}].credits`] = wholeNumberError(k.credits, "credits", { required: true });
    errors[`pricing.packs[${i}].price`] = numberError(k.price, "pack price");
    errors[`pricing.packs[${i}].guidance.floor`] = numberError(k.floor, "floor", { required: k.listPrice.trim() !== "" });
    errors[`pricing.packs[${i}].guidance.listPrice`] = numberError(k.listPrice, "list price");
  });
  f.limits.forEach((l, i) => (errors[`limits[${i}].value`] = numberError(l.value, "limit", { required: true })));
  return Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => e[1] !== null));
}

const guidance = (floor: string, listPrice: string) => (floor.trim() === "" ? null : { floor: floor.trim(), listPrice: decimalOrNull(listPrice) });

/** The pricing rule, as a whole, from the form (fields the kind does not read are left out). */
function pricing(f: PlanForm): PlanInput["pricing"] {
  const bounded = PERCENT_KINDS.includes(f.kind) || f.kind === "FIXED";
  return {
    kind: f.kind,
    percent: PERCENT_KINDS.includes(f.kind) ? decimalOrNull(f.percent) : null,
    amount: f.kind === "FIXED" ? decimalOrNull(f.amount) : null,
    period: f.period,
    minimum: bounded ? decimalOrNull(f.minimum) : null,
    maximum: bounded ? decimalOrNull(f.maximum) : null,
    guidance: f.kind === "QUOTE_BASED" ? guidance(f.floor, f.listPrice) : null,
    packs: f.kind === "CREDIT_PACKS" ? f.packs.map((k) => ({ credits: Number(k.credits), price: decimalOrNull(k.price), guidance: guidance(k.floor, k.listPrice) })) : [],
  };
}

/** Each part of the plan the form edits, as the API takes it. */
function parts(f: PlanForm): Record<string, Partial<PlanInput>> {
  const pricingNotes = { note: f.pricingNote.trim() || null, editorNote: f.pricingEditorNote.trim() || null };
  return {
    name: { name: f.name.trim() },
    tagline: { tagline: f.tagline.trim() || null },
    description: { description: f.description.trim() || null },
    forYouIf: { forYouIf: lines(f.forYouIf) },
    notes: { notes: lines(f.notes) },
    availability: { availability: f.availability, addOnTo: f.availability.includes("ADD_ON") ? f.addOnTo : [], includedWith: f.availability.includes("INCLUDED") ? f.includedWith.trim() || null : null },
    pricing: { pricing: { ...pricing(f), ...pricingNotes } },
    limits: { limits: f.limits.map((l) => ({ ...l, value: l.value.trim() })) },
    requiresEdition: { requiresEdition: f.requiresEdition },
    authorizedContacts: { authorizedContacts: f.authorizedContacts.trim() === "" ? null : Number(f.authorizedContacts) },
  };
}

/**
 * Only the parts the admin changed, so the edit can be applied on top of someone else's
 * change to the other parts; `fields` names them (as the server's plan changes do).
 */
export function changedParts(initial: PlanForm, f: PlanForm): { changes: Partial<PlanInput>; fields: string[] } {
  const before = parts(initial);
  const after = parts(f);
  const fields = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return { changes: Object.assign({}, ...fields.map((k) => after[k])), fields };
}
