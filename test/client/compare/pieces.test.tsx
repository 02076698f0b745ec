import { act, cleanup, render, renderHook, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ComparisonTable } from "../../../client/src/modules/compare/components/ComparisonTable.js";
import { PlanCards } from "../../../client/src/modules/compare/components/PlanCards.js";
import { PriceCell } from "../../../client/src/modules/compare/components/PriceCell.js";
import { useFigures } from "../../../client/src/modules/compare/hooks/useFigures.js";

afterEach(cleanup);

const plan = (key: string, name: string, kind = "PERCENT_OF_LICENSE") => ({
  key,
  name,
  tagline: null,
  availability: ["BASE" as const],
  isTier: true,
  addOnKeys: [],
  pricedOnRequest: kind === "QUOTE_BASED",
  includedWith: null,
  pricing: { kind: kind as "PERCENT_OF_LICENSE", summary: "10% of the license price a year", note: null, editorNote: null, packs: [] },
});

describe("a plan's price cell", () => {
  it("shows the server's total, with the rule underneath", () => {
    render(<PriceCell plan={plan("b", "Business")} price={{ total: "5000.00", eligible: true, reasons: [], guarantee: null, supportPeriod: null, instantQuote: true }} currency="USD" loading={false} />);
    expect(screen.getByText("5,000.00 USD")).toBeTruthy();
    expect(screen.getByText("10% of the license price a year")).toBeTruthy();
  });

  it("says what the server waits for before a percent plan can be priced", () => {
    render(<PriceCell plan={plan("b", "Business")} price={null} unpriced="Enter your license price" currency="USD" loading={false} />);
    expect(screen.getByText("Enter your license price")).toBeTruthy();
  });

  it("says a plan is priced on request, and why it does not fit the figures", () => {
    render(<PriceCell plan={plan("e", "Enterprise", "QUOTE_BASED")} price={{ total: null, eligible: false, reasons: ["Enterprise is for at least 10 agents; 3 given"], guarantee: null, supportPeriod: null, instantQuote: false }} currency="USD" loading={false} />);
    expect(screen.getByText("Price on request")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Enterprise does not fit" }).textContent).toBe("Enterprise is for at least 10 agents; 3 given");
  });
});

const plans = [plan("basic", "Basic"), plan("business", "Business"), plan("premium", "Premium")];
const rows = [{ key: "contacts", label: "Authorized contacts", group: "People", hint: null, cells: ["2", "5", "15"].map((display, i) => ({ planKey: plans[i].key, display, note: null })) }];
const layout = { plans, rows, priceLabel: "Price a year", price: (k: string) => `price of ${k}`, action: (k: string) => <button>Request {k}</button> };

describe("the plans side by side", () => {
  it("has one column per plan with its call to action, and a row label per row", () => {
    render(<ComparisonTable {...layout} />);
    // The plans, then the group heading that spans the row.
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["BasicRequest basic", "BusinessRequest business", "PremiumRequest premium", "People"]);
    expect(screen.getByRole("row", { name: /Authorized contacts/ }).textContent).toBe("Authorized contacts2515");
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["Request basic", "Request business", "Request premium"]);
  });

  it("on a phone, is one card per plan and a two-plan table the visitor picks", () => {
    render(<PlanCards {...layout} />);
    expect(screen.getByRole("article", { name: "Premium" }).textContent).toContain("Authorized contacts15");
    const second = screen.getByLabelText("Second plan") as HTMLSelectElement;
    act(() => {
      second.value = "premium";
      second.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(screen.getByRole("row", { name: /Authorized contacts/ }).textContent).toBe("Authorized contacts215");
  });
});

describe("useFigures", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, "", "/compare/beesender?licensePrice=50000&agents=7");
  });
  afterEach(() => vi.useRealTimers());

  it("starts from the address and reads only the figures the catalog uses", () => {
    const { result } = renderHook(() => useFigures(new Set(["licensePrice", "termYears"])));
    expect(result.current.text.licensePrice).toBe("50000");
    expect(result.current.figures).toEqual({ licensePrice: "50000", projectBudget: null, termYears: 1, agents: null, bots: null, licenseEdition: null, goLiveDate: null });
  });

  it("keeps only the figures the catalog uses in the address, and writes new ones once typing pauses", () => {
    const uses = new Set(["licensePrice", "termYears"] as const);
    const { result } = renderHook(() => useFigures(uses));
    expect(window.location.search).toBe("?licensePrice=50000");
    act(() => result.current.set("licensePrice", "80000"));
    act(() => vi.advanceTimersByTime(100));
    expect(window.location.search).toBe("?licensePrice=50000");
    act(() => vi.advanceTimersByTime(400));
    expect(window.location.search).toBe("?licensePrice=80000");
    expect(result.current.figures.licensePrice).toBe("80000");
  });

  it("does not price a half-typed figure", () => {
    const { result } = renderHook(() => useFigures(new Set(["licensePrice"])));
    act(() => result.current.set("licensePrice", "50,00x"));
    act(() => vi.advanceTimersByTime(400));
    expect(result.current.figures.licensePrice).toBeNull();
  });
});
