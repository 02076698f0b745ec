import { describe, expect, it } from "vitest";
import { addAlternative, changePlan, emptyForm, formProblems, optionProblems, serverProblems, toInput, withoutBlankDiscounts, type CatalogChoice, type PlanChoice } from "../../../client/src/modules/sales/lib/quote-form.js";
import { quoteFilter } from "../../../client/src/modules/sales/lib/list-filter.js";

const pricing = (kind: string, packs: { credits: number; price: string | null }[] = []) => ({ kind, summary: kind, guidance: null, packs: packs.map((p) => ({ ...p, guidance: null })) });
const plan = (key: string, name: string, addOnKeys: string[] = [], isTier = true, packs: { credits: number; price: string | null }[] = []): PlanChoice =>
  ({ key, name, isTier, addOnKeys, pricing: pricing(packs.length ? "CREDIT_PACKS" : "FIXED", packs) }) as PlanChoice;

const plans = [
  plan("basic", "Basic", ["priority"]),
  plan("business", "Business", ["priority", "phone"]),
  plan("premium", "Premium", ["phone", "credits"]),
  plan("priority", "Priority queue", [], false),
  plan("phone", "Phone line", [], false),
  plan("credits", "Credits", [], false, [{ credits: 100, price: null }]),
];
const catalog = { slug: "aimaras", name: "Aimaras", currency: "USD", plans, figures: [], licenseEditions: [], version: 1 } as unknown as CatalogChoice;

describe("alternatives", () => {
  it("are three after three '+ alternative' clicks for Basic, Business and Premium, labelled by their plans", () => {
    let form = emptyForm(catalog, "Europe/Rome");
    expect(form.options.map((o) => o.planKey)).toEqual(["basic"]);
    for (const key of ["basic", "business", "premium"]) form = addAlternative(form, plans, key);
    expect(form.options.map((o) => [o.label, o.planKey])).toEqual([
      ["Basic", "basic"],
      ["Business", "business"],
      ["Premium", "premium"],
    ]);
  });

  it("never offers a plan twice and stops at four", () => {
    let form = emptyForm(catalog, "UTC");
    for (const key of ["business", "business", "premium", "priority", "phone", "credits"]) form = addAlternative(form, plans, key);
    expect(form.options.map((o) => o.planKey)).toEqual(["basic", "business", "premium", "priority"]);
  });

  it("keeps a label the rep wrote", () => {
    const form = emptyForm(catalog, "UTC");
    form.options[0].label = "Good";
    expect(addAlternative(form, plans, "premium").options.map((o) => o.label)).toEqual(["Good", "Premium"]);
  });
});

describe("changing an option's plan", () => {
  it("keeps the add-ons the new plan takes and names the ones dropped", () => {
    const option = { ...emptyForm(catalog, "UTC").options[0], planKey: "business", label: "Business", addOnKeys: ["priority", "phone"] };
    const { option: next, dropped } = changePlan(option, plans, "premium");
    expect(next.addOnKeys).toEqual(["phone"]);
    expect(next.label).toBe("Premium");
    expect(dropped).toEqual(["Priority queue"]);
  });

  it("drops the discounts on lines that leave the quote and keeps those on the total", () => {
    const option = {
      ...emptyForm(catalog, "UTC").options[0],
      planKey: "business",
      addOnKeys: ["priority"],
      discounts: [
        { lineKey: "priority", kind: "PERCENT" as const, value: "10", label: "", reason: "r" },
        { lineKey: "", kind: "AMOUNT" as const, value: "50", label: "", reason: "r" },
      ],
    };
    const { option: next, dropped } = changePlan(option, plans, "premium");
    expect(next.discounts.map((d) => d.lineKey)).toEqual([""]);
    expect(dropped).toEqual(["Priority queue", "1 discount(s) on lines no longer quoted"]);
  });
});

describe("the input sent to the server", () => {
  it("names discounts by line key, keeps the customer-facing label apart from the internal reason, and sends agreed pack prices", () => {
    const form = emptyForm(catalog, "");
    Object.assign(form, { company: "Acme", name: "Jane", email: "j@a.example", projectBudget: "48 000", termYears: "2" });
    form.options[0] = {
      ...form.options[0],
      planKey: "premium",
      addOnKeys: ["credits"],
      packs: [{ credits: 100, quantity: "3", agreedPrice: "450" }],
      discounts: [{ lineKey: "premium", kind: "PERCENT", value: "25", label: "Launch offer", reason: "matched competitor offer" }],
    };
    const input = toInput(form);
    expect(input.projectBudget).toBe("48000");
    expect(input.termYears).toBe(2);
    expect(input.timeZone).toBeNull();
    expect(input.options[0].creditPacks).toEqual([{ credits: 100, quantity: 3, agreedPrice: "450" }]);
    expect(input.options[0].discounts).toEqual([{ lineKey: "premium", kind: "PERCENT", value: "25", label: "Launch offer", reason: "matched competitor offer" }]);
  });
});

describe("values the API cannot read", () => {
  it("are said next to their fields, and a discount without a value yet does not stop the preview", () => {
    const form = emptyForm(catalog, "UTC");
    form.agents = "ten";
    form.options[0].discounts = [
      { lineKey: "", kind: "PERCENT", value: "abc", label: "", reason: "" },
      { lineKey: "", kind: "PERCENT", value: "", label: "", reason: "" },
    ];
    const problems = formProblems(form);
    expect(problems.agents).toBe("Write a whole number");
    expect(optionProblems(problems, 0)).toEqual({ "discounts.0.value": "Write the percent as a number, like 10", "discounts.1.value": "Give the discount's value" });
    form.options[0].discounts[0].value = "12.5";
    form.agents = "10";
    expect(Object.keys(formProblems(withoutBlankDiscounts(form)))).toEqual([]);
    expect(Object.keys(formProblems(form))).toEqual(["options.0.discounts.1.value"]);
  });
});

describe("a server refusal that names a field", () => {
  it("is put next to that form field, and left for the general alert otherwise", () => {
    expect(serverProblems("Give the customer's company", "customer.company")).toEqual({ company: "Give the customer's company" });
    expect(serverProblems("Premium is priced at 20% of the license price: give licensePrice", "licensePrice")).toEqual({
      licensePrice: "Premium is priced at 20% of the license price: give licensePrice",
    });
    expect(serverProblems("There is no such plan", "options.0.planKey")).toEqual({});
    expect(serverProblems(null, "timeZone")).toEqual({});
  });
});

describe("the list's filter", () => {
  it("asks the server for the approval queue, quotes expiring within 7 days, a status, or an owner", () => {
    expect(quoteFilter("", "")).toBeNull();
    expect(quoteFilter("AWAITING_APPROVAL", "")).toEqual({ awaitingApproval: true });
    expect(quoteFilter("EXPIRING", "mine")).toEqual({ expiringWithinDays: 7, mine: true });
    expect(quoteFilter("EXPIRED", { id: "u1" })).toEqual({ status: "EXPIRED", ownerId: "u1" });
  });
});
