import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { InstantQuoteForm } from "../../../client/src/modules/compare/components/InstantQuoteForm.js";
import { CreateInstantQuoteDocument } from "../../../client/src/modules/compare/graphql/lazy/create-instant-quote.mutation.js";

afterEach(cleanup);

const figures = { licensePrice: null, projectBudget: "40000", termYears: 1, agents: null, bots: null, licenseEdition: null };
type Input = { input: Record<string, unknown> };
const sent = (zone: string) => (vars: Input) =>
  vars.input.planKey === "business" && vars.input.projectBudget === "40000" && vars.input.timeZone === zone && vars.input.email === "ivy@instant.example" && typeof vars.input.idempotencyKey === "string";

function fill(zone: string) {
  fireEvent.change(screen.getByLabelText("Company"), { target: { value: "Instant Corp" } });
  fireEvent.change(screen.getByLabelText("Your name"), { target: { value: "Ivy Instant" } });
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: "ivy@instant.example" } });
  fireEvent.change(screen.getByLabelText("Time zone for your quote"), { target: { value: zone } });
  fireEvent.submit(screen.getByRole("form"));
}

const form = <InstantQuoteForm catalogSlug="aimaras" planKey="business" title="Your quote for Business" figures={figures} zone="+01:00" onClose={() => undefined} />;

describe("the instant quote form", () => {
  it("starts from the page's zone, sends the figures, and gives the quote's number, its link and where it was emailed", async () => {
    render(
      <MockedProvider mocks={[{ request: { query: CreateInstantQuoteDocument, variables: sent("Europe/Moscow") }, result: { data: { createInstantQuote: { __typename: "InstantQuote", number: "Q-2026-0042", url: "http://x/q/abc" } } } }]}>
        {form}
      </MockedProvider>,
    );
    expect((screen.getByLabelText("Time zone for your quote") as HTMLInputElement).value).toBe("+01:00");
    fill("Europe/Moscow");
    const receipt = await screen.findByRole("status");
    expect(receipt.textContent).toContain("Your quote Q-2026-0042 is ready");
    expect(receipt.textContent).toContain("We emailed the link to ivy@instant.example.");
    expect(screen.getByRole("link", { name: "open quote Q-2026-0042" }).getAttribute("href")).toBe("http://x/q/abc");
  });

  it("puts a refused zone next to the zone field", async () => {
    render(
      <MockedProvider
        mocks={[{ request: { query: CreateInstantQuoteDocument, variables: sent("Mars/Base") }, result: { errors: [{ message: '"Mars/Base" is not a time zone', extensions: { code: "BAD_USER_INPUT", field: "timeZone" } }] } }]}
      >
        {form}
      </MockedProvider>,
    );
    fill("Mars/Base");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe('"Mars/Base" is not a time zone');
    expect(screen.getByLabelText("Time zone for your quote").getAttribute("aria-describedby")).toContain(alert.id);
  });
});
