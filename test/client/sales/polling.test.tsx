import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { act, cleanup, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { Observable } from "rxjs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RequestsNavLink } from "../../../client/src/modules/requests/components/RequestsNavLink.js";
import { ApprovalQueueLink } from "../../../client/src/modules/sales/components/ApprovalQueueLink.js";
import { useQuote } from "../../../client/src/modules/sales/hooks/useQuote.js";

beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A server answering each read from a script (the last answer repeats), counting the reads. */
function scriptedServer(answers: Record<string, unknown>[], fetchPolicy: "no-cache" | "cache-first" = "no-cache") {
  const server = { reads: 0, wrapper: ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider> };
  const link = new ApolloLink(() => {
    const answer = answers[Math.min(server.reads++, answers.length - 1)];
    return new Observable((o) => (o.next({ data: answer }), o.complete()));
  });
  // The scripted quote carries only the fields the probe reads, so it is not kept in the cache.
  const client = new ApolloClient({ link, cache: new InMemoryCache(), defaultOptions: { watchQuery: { fetchPolicy } } });
  return server;
}

const quote = (state: string) => ({ quote: { __typename: "Quote", id: "q1", approval: { __typename: "QuoteApprovalState", state } } });
function ApprovalProbe() {
  const { quote } = useQuote("q1");
  return <p role="status">{quote ? `approval ${quote.approval.state}` : "loading"}</p>;
}
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe("a rep waiting for an admin's decision", () => {
  it("sees the approval arrive without reloading, and the quote is no longer read once decided", async () => {
    const server = scriptedServer([quote("REQUESTED"), quote("REQUESTED"), quote("APPROVED")]);
    render(<ApprovalProbe />, { wrapper: server.wrapper });
    await wait(0);
    expect(screen.getByRole("status").textContent).toBe("approval REQUESTED");
    await wait(20_000);
    expect(server.reads).toBe(2);
    await wait(20_000);
    expect(screen.getByRole("status").textContent).toBe("approval APPROVED");
    await wait(120_000);
    expect(server.reads).toBe(3);
  });

  it("does not read a quote again while nobody has asked for a decision", async () => {
    const server = scriptedServer([quote("NEEDED"), quote("APPROVED")]);
    render(<ApprovalProbe />, { wrapper: server.wrapper });
    await wait(120_000);
    expect(screen.getByRole("status").textContent).toBe("approval NEEDED");
    expect(server.reads).toBe(1);
  });
});

describe("the admins' approvals link", () => {
  const page = (n: number) => ({ quotes: { __typename: "QuotePage", quotes: Array.from({ length: n }, (_, i) => ({ __typename: "Quote", id: `q${i}` })), nextCursor: null } });
  it("keeps its count current without a reload", async () => {
    const server = scriptedServer([page(2), page(3)], "cache-first");
    render(<ApprovalQueueLink />, { wrapper: server.wrapper });
    await wait(0);
    expect(screen.getByRole("link").textContent).toBe("Approvals 2 awaiting");
    await wait(20_000);
    expect(screen.getByRole("link").textContent).toBe("Approvals 3 awaiting");
  });
});

describe("the requests link", () => {
  const page = (n: number) => ({ quoteRequests: { __typename: "QuoteRequestPage", requests: Array.from({ length: n }, (_, i) => ({ __typename: "QuoteRequest", id: `r${i}` })), nextCursor: null } });
  it("counts a prospect's new request without a reload", async () => {
    const server = scriptedServer([page(0), page(1)], "cache-first");
    render(<RequestsNavLink />, { wrapper: server.wrapper });
    await wait(0);
    expect(screen.getByRole("link").textContent).toBe("Requests");
    await wait(20_000);
    expect(screen.getByRole("link").textContent).toBe("Requests (1 new)");
  });
});
