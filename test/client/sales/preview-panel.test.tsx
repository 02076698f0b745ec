import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { PreviewQuoteQuery } from "../../../client/src/__generated__/sales/graphql.js";
import { PreviewPanel } from "../../../client/src/modules/sales/components/builder/PreviewPanel.js";

afterEach(cleanup);

type Preview = PreviewQuoteQuery["previewQuote"];
const example = (plan: string, due: string) => ({ priorityKey: "p1", priorityLabel: "P1", text: `A P1 case sent Friday 27 Nov 17:00 is answered by ${due} (Europe/Moscow) under ${plan}` });
const timeline = (plan: string, due: string) => ({
  steps: [
    { label: "Go-live", startsOn: "2027-01-15", endsOn: null },
    { label: "Free guarantee (60 days)", startsOn: "2027-01-15", endsOn: "2027-03-15" },
    { label: "This quote is valid until", startsOn: null, endsOn: "2026-12-20" },
  ],
  exampleNote: `Examples for a case sent on Friday 27 Nov 2026, 17:00 in Europe/Moscow, under the ${plan} plan's support hours`,
  slaExamples: [example(plan, due)],
  rounding: "Each line is rounded half-up to the cent; totals are sums of lines.",
});
const option = (label: string, planName: string, due: string) => ({
  label,
  planKey: planName.toLowerCase(),
  planName,
  total: "9600.00",
  undiscounted: "9600.00",
  discountPercent: "0",
  eligible: true,
  reasons: [],
  lines: [],
  discountTargets: [],
  timeline: timeline(planName, due),
});
const preview = (options: ReturnType<typeof option>[]) =>
  ({
    currency: "USD",
    catalogVersion: 1,
    timeZone: "Europe/Moscow",
    options,
    guarantee: null,
    listFigure: { text: "3,600.00 to 9,600.00 USD" },
    approvalRequired: false,
    approvalReasons: [],
    onRequest: [],
    warnings: [],
  }) as Preview;

describe("the builder's preview", () => {
  it("shows the timeline and SLA examples before the quote is saved, in the quote's zone", () => {
    render(<PreviewPanel preview={preview([option("Better", "Business", "Monday 30 Nov 10:00")])} loading={false} problem={null} />);
    const panel = screen.getByRole("region", { name: "As it will be saved" });
    expect(within(panel).getByRole("heading", { name: "Timeline (Europe/Moscow)" })).toBeTruthy();
    expect(panel.textContent).toContain("Free guarantee (60 days)");
    expect(panel.textContent).toContain("A P1 case sent Friday 27 Nov 17:00 is answered by Monday 30 Nov 10:00 (Europe/Moscow) under Business");
  });

  it("gives each alternative's response times under its own plan", () => {
    render(<PreviewPanel preview={preview([option("Good", "Basic", "Tuesday 1 Dec 10:00"), option("Best", "Premium", "Friday 27 Nov 18:00")])} loading={false} problem={null} />);
    const good = screen.getByRole("heading", { name: "Response times, by example: Good" });
    const best = screen.getByRole("heading", { name: "Response times, by example: Best" });
    expect(good.nextElementSibling?.nextElementSibling?.textContent).toContain("Tuesday 1 Dec 10:00");
    expect(best.nextElementSibling?.textContent).toContain("Friday 27 Nov 18:00");
    expect(screen.getAllByText(/^Go-live/)).toHaveLength(1);
    const rounding = screen.getByText("Each line is rounded half-up to the cent; totals are sums of lines.");
    expect(best.compareDocumentPosition(rounding) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByText(/rounded half-up/)).toHaveLength(1);
  });
});
