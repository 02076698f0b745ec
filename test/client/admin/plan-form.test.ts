import { describe, expect, it } from "vitest";
import type { DocPlan } from "../../../client/src/modules/admin/forms/draft-document.js";
import { changedParts, planForm, planFormErrors } from "../../../client/src/modules/admin/forms/plan-form.js";

const business: DocPlan = {
  key: "business",
  name: "Business",
  tagline: null,
  description: null,
  forYouIf: ["You have a team"],
  availability: ["BASE"],
  addOnTo: [],
  includedWith: null,
  pricing: { kind: "PERCENT_OF_LICENSE", percent: "10", amount: null, period: "YEAR", minimum: null, maximum: null, packs: [], note: "vendor words", editorNote: null, guidance: null },
  calendar: null,
  limits: [{ figure: "AGENTS", comparison: "LESS_THAN", value: "10" }],
  requiresEdition: [],
  sla: {},
  authorizedContacts: 5,
  notes: [],
};

describe("the plan form", () => {
  it("says a malformed figure next to its field, by the rule's kind", () => {
    const form = { ...planForm(business), percent: "abc", authorizedContacts: "2.5" };
    expect(planFormErrors(form)).toEqual({ "pricing.percent": "Write the percent as a number", authorizedContacts: "Write the number of contacts as a whole number" });
    // A fixed rule does not read the percent, and needs its amount.
    expect(planFormErrors({ ...form, kind: "FIXED", authorizedContacts: "" })).toEqual({ "pricing.amount": "Give the amount" });
  });

  it("asks for a floor when a list price is given", () => {
    const form = { ...planForm(business), kind: "QUOTE_BASED" as const, listPrice: "900" };
    expect(planFormErrors(form)).toEqual({ "pricing.guidance.floor": "Give the floor" });
  });

  it("sends only the parts changed, so someone else's change to the others is kept", () => {
    const initial = planForm(business);
    expect(changedParts(initial, initial)).toEqual({ changes: {}, fields: [] });
    const { changes, fields } = changedParts(initial, { ...initial, tagline: " For teams ", percent: "12" });
    expect(fields).toEqual(["tagline", "pricing"]);
    expect(changes).toEqual({
      tagline: "For teams",
      pricing: { kind: "PERCENT_OF_LICENSE", percent: "12", amount: null, period: "YEAR", minimum: null, maximum: null, guidance: null, packs: [], note: "vendor words", editorNote: null },
    });
  });

  it("prices credit packs with a guidance for an unpublished one", () => {
    const initial = planForm({ ...business, pricing: { ...business.pricing, kind: "CREDIT_PACKS", percent: null, packs: [{ credits: 25, price: null }] } });
    const { changes } = changedParts(initial, { ...initial, packs: [{ credits: "25", price: "", floor: "400", listPrice: "" }] });
    expect(changes.pricing?.packs).toEqual([{ credits: 25, price: null, guidance: { floor: "400", listPrice: null } }]);
  });
});
