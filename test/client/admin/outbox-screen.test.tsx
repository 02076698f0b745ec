import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxScreen } from "../../../client/src/modules/admin/components/OutboxScreen.js";
import { OutboxDocument } from "../../../client/src/modules/admin/graphql/outbox.query.js";

afterEach(cleanup);

const message = (n: number) => ({
  __typename: "OutboxMessage",
  id: `m${n}`,
  kind: "quote.sent",
  to: `buyer${n}@acme.example`,
  subject: `Beesender: your quote Q-2026-000${n}`,
  text: `Dear buyer ${n},\n\nYour quote is at https://tierwise.test/q/t${n}`,
  createdAt: "2026-12-01T10:00:00Z",
  sentAt: null,
  status: "QUEUED",
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
});
const page = (after: string | null, messages: object[], nextCursor: string | null) => ({
  maxUsageCount: Number.POSITIVE_INFINITY,
  request: { query: OutboxDocument, variables: { after, first: 20 } },
  result: { data: { outbox: { __typename: "OutboxPage", messages, nextCursor } } },
});

describe("the outbox screen", () => {
  it("pages back through older messages and forward again", async () => {
    render(
      <MockedProvider mocks={[page(null, [message(2)], "c1"), page("c1", [message(1)], null)]}>
        <OutboxScreen />
      </MockedProvider>,
    );
    expect(await screen.findByText("Beesender: your quote Q-2026-0002")).toBeTruthy();
    const newer = screen.getByRole("button", { name: "Newer messages" }) as HTMLButtonElement;
    const older = screen.getByRole("button", { name: "Older messages" }) as HTMLButtonElement;
    expect(newer.disabled).toBe(true);
    fireEvent.click(older);
    expect(await screen.findByText("Beesender: your quote Q-2026-0001")).toBeTruthy();
    expect(screen.queryByText("Beesender: your quote Q-2026-0002")).toBeNull();
    expect(older.disabled).toBe(true);
    fireEvent.click(newer);
    expect(await screen.findByText("Beesender: your quote Q-2026-0002")).toBeTruthy();
  });

  it("holds each message's text, to be opened", async () => {
    render(
      <MockedProvider mocks={[page(null, [message(3)], null)]}>
        <OutboxScreen />
      </MockedProvider>,
    );
    const summary = await screen.findByText("Beesender: your quote Q-2026-0003");
    const details = summary.closest("details")!;
    expect(details.open).toBe(false);
    expect(details.querySelector("pre")!.textContent).toContain("https://tierwise.test/q/t3");
    expect(details.textContent).toContain("to buyer3@acme.example");
  });
});
