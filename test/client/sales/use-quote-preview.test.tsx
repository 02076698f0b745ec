import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { QuoteInput } from "../../../client/src/__generated__/sales/graphql.js";
import { PreviewQuoteDocument } from "../../../client/src/modules/sales/graphql/preview-quote.query.js";
import { useQuotePreview } from "../../../client/src/modules/sales/hooks/useQuotePreview.js";

afterEach(cleanup);

const input = (value: string): QuoteInput => ({
  catalogSlug: "aimaras",
  customer: { company: "Acme", name: "Jane", email: "jane@acme.example" },
  projectBudget: "48000",
  options: [{ planKey: "premium", discounts: [{ kind: "PERCENT", value, reason: "matched competitor offer" }] }],
});

const option = (total: string) => ({
  __typename: "QuoteOption",
  label: null,
  planKey: "premium",
  planName: "Premium",
  total,
  undiscounted: "9600.00",
  discountPercent: "25",
  eligible: true,
  reasons: [],
  lines: [{ __typename: "DocumentLine", key: "premium", kind: "PLAN", label: "Premium", detail: "20%", amount: "9600.00" }],
  discountTargets: [{ __typename: "DiscountTarget", lineKey: "premium", label: "Premium" }],
  timeline: null,
});
const answer = (total: string) => ({
  data: {
    previewQuote: {
      __typename: "QuotePreview",
      currency: "USD",
      catalogVersion: 1,
      timeZone: "UTC",
      options: [option(total)],
      guarantee: null,
      listFigure: { __typename: "ListFigure", text: `${total} USD` },
      approvalRequired: true,
      approvalReasons: ["the discounts take 25% off"],
      onRequest: [],
      warnings: [],
    },
  },
});

const seen: string[] = [];
function Probe({ value }: { value: string }) {
  const { preview, problem } = useQuotePreview(input(value), null, true);
  const text = problem ?? preview?.listFigure.text ?? "nothing yet";
  if (seen.at(-1) !== text) seen.push(text);
  return <p role="status">{text}</p>;
}

describe("useQuotePreview", () => {
  it("prices the whole input, then again once typing pauses, for the last value typed only", async () => {
    const mocks = [
      { request: { query: PreviewQuoteDocument, variables: { input: input("2"), quoteId: null } }, result: answer("9408.00") },
      { request: { query: PreviewQuoteDocument, variables: { input: input("25"), quoteId: null } }, result: answer("7200.00") },
    ];
    seen.length = 0;
    const view = render(
      <MockedProvider mocks={mocks}>
        <Probe value="2" />
      </MockedProvider>,
    );
    expect(await screen.findByText("9408.00 USD")).toBeTruthy();
    // "5" then "25" typed within the pause: only "25" is asked ("5" has no mock: asking it would show an error).
    for (const value of ["5", "25"])
      view.rerender(
        <MockedProvider mocks={mocks}>
          <Probe value={value} />
        </MockedProvider>,
      );
    expect(await screen.findByText("7200.00 USD")).toBeTruthy();
    expect(seen).toEqual(["nothing yet", "9408.00 USD", "7200.00 USD"]);
  });

  it("gives the server's refusal in its words", async () => {
    const mocks = [
      {
        request: { query: PreviewQuoteDocument, variables: { input: input("25"), quoteId: null } },
        result: { errors: [{ message: "Premium is priced at 20% of the project budget: give projectBudget", extensions: { code: "BAD_USER_INPUT" } }] },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <Probe value="25" />
      </MockedProvider>,
    );
    expect(await screen.findByText("Premium is priced at 20% of the project budget: give projectBudget")).toBeTruthy();
  });
});
