import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { RequestQuoteForm } from "../../../client/src/modules/compare/components/RequestQuoteForm.js";
import { RequestQuoteDocument } from "../../../client/src/modules/compare/graphql/lazy/request-quote.mutation.js";

afterEach(cleanup);

const figures = { licensePrice: "50000", projectBudget: null, termYears: 1, agents: null, bots: null, licenseEdition: null };
type Input = { input: Record<string, unknown> };
const sent = (email: string) => (vars: Input) =>
  vars.input.email === email && vars.input.planKey === "business" && vars.input.licensePrice === "50000" && typeof vars.input.idempotencyKey === "string";

function fill(email: string) {
  fireEvent.change(screen.getByLabelText("Company"), { target: { value: "Acme Corp" } });
  fireEvent.change(screen.getByLabelText("Your name"), { target: { value: "Jane Buyer" } });
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: email } });
  fireEvent.submit(screen.getByRole("form"));
}

describe("the quote request form", () => {
  it("sends the page's figures with the contact, and shows the receipt's reference", async () => {
    render(
      <MockedProvider mocks={[{ request: { query: RequestQuoteDocument, variables: sent("jane@acme.example") }, result: { data: { requestQuote: { __typename: "QuoteRequestReceipt", reference: "R-2026-0007" } } } }]}>
        <RequestQuoteForm catalogSlug="beesender" planKey="business" addOnKeys={[]} title="Request a quote: Business" figures={figures} onClose={() => undefined} />
      </MockedProvider>,
    );
    fill("jane@acme.example");
    expect((await screen.findByRole("status")).textContent).toContain("Your reference is R-2026-0007. Our sales team answers by email at jane@acme.example.");
  });

  it("puts the server's refusal next to the field it names", async () => {
    render(
      <MockedProvider
        mocks={[{ request: { query: RequestQuoteDocument, variables: sent("nope") }, result: { errors: [{ message: '"nope" is not an email address', extensions: { code: "BAD_USER_INPUT", field: "email" } }] } }]}
      >
        <RequestQuoteForm catalogSlug="beesender" planKey="business" addOnKeys={[]} title="Request a quote: Business" figures={figures} onClose={() => undefined} />
      </MockedProvider>,
    );
    fill("nope");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe('"nope" is not an email address');
    expect(screen.getByLabelText("Email").getAttribute("aria-describedby")).toBe(alert.id);
  });

  it("says in words when too many requests came from here", async () => {
    render(
      <MockedProvider mocks={[{ request: { query: RequestQuoteDocument, variables: sent("a@b.example") }, result: { errors: [{ message: "Rate limit exceeded, retry in 1 hour", extensions: { code: "TOO_MANY_REQUESTS" } }] } }]}>
        <RequestQuoteForm catalogSlug="beesender" planKey="business" addOnKeys={[]} title="Request a quote: Business" figures={figures} onClose={() => undefined} />
      </MockedProvider>,
    );
    fill("a@b.example");
    expect((await screen.findByRole("alert")).textContent).toBe("Too many requests from here just now. Please try again in a while.");
  });

  it("retries a request whose answer was lost with the same key, and sends a corrected one with a new key", async () => {
    const keys: string[] = [];
    const recording = (email: string) => (vars: Input) => sent(email)(vars) && keys.push(vars.input.idempotencyKey as string) > 0;
    const receipt = { data: { requestQuote: { __typename: "QuoteRequestReceipt", reference: "R-2026-0008" } } };
    const refusal = { errors: [{ message: '"nope" is not an email address', extensions: { code: "BAD_USER_INPUT", field: "email" } }] };
    render(
      <MockedProvider
        mocks={[
          { request: { query: RequestQuoteDocument, variables: recording("nope") }, result: refusal },
          { request: { query: RequestQuoteDocument, variables: recording("jane@acme.example") }, error: new Error("network down") },
          { request: { query: RequestQuoteDocument, variables: recording("jane@acme.example") }, result: receipt },
        ]}
      >
        <RequestQuoteForm catalogSlug="beesender" planKey="business" addOnKeys={[]} title="Request a quote: Business" figures={figures} onClose={() => undefined} />
      </MockedProvider>,
    );
    fill("nope");
    await screen.findByText('"nope" is not an email address');
    fill("jane@acme.example");
    await screen.findByText("The request could not be sent. Please try again.");
    fireEvent.submit(screen.getByRole("form"));
    expect((await screen.findByRole("status")).textContent).toContain("R-2026-0008");
    // Two intents, two keys: the refused one, and the corrected one sent twice (a mock may be asked more than once per call).
    expect(new Set(keys).size).toBe(2);
    expect(keys.at(-1)).not.toBe(keys[0]);
  });
});
