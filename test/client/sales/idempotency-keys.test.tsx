import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { act, cleanup, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { Observable } from "rxjs";
import { afterEach, describe, expect, it } from "vitest";
import type { QuoteInput } from "../../../client/src/__generated__/sales/graphql.js";
import { useSaveQuote } from "../../../client/src/modules/sales/hooks/useSaveQuote.js";
import { useSendQuote } from "../../../client/src/modules/sales/hooks/useSendQuote.js";
import { useAcceptQuote } from "../../../client/src/modules/shared-quote/hooks/useAcceptQuote.js";

afterEach(cleanup);

/** A server that records each operation's idempotency key and answers from a script (an Error is a lost answer). */
function scriptedServer(answers: (Record<string, unknown> | Error)[]) {
  const keys: unknown[] = [];
  const link = new ApolloLink((operation) => {
    keys.push(operation.variables.idempotencyKey);
    const answer = answers.shift()!;
    return new Observable((o) => (answer instanceof Error ? o.error(answer) : (o.next({ data: answer }), o.complete())));
  });
  // No cache writes: the scripted answers carry only the fields these hooks read.
  const client = new ApolloClient({ link, cache: new InMemoryCache(), defaultOptions: { mutate: { fetchPolicy: "no-cache" } } });
  const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider>;
  return { keys, wrapper };
}

const quote = (id: string) => ({ __typename: "Quote", id, number: "Q-1", lockVersion: 1 });
const input = (company: string): QuoteInput => ({ catalogSlug: "aimaras", customer: { company, name: "Jane", email: "jane@acme.example" }, options: [{ planKey: "premium" }] });

describe("idempotency keys per user intent", () => {
  it("a retried creation after a lost answer carries the same key; the next quote a new one", async () => {
    const server = scriptedServer([new Error("network down"), { createQuote: quote("q1") }, { createQuote: quote("q2") }]);
    const { result } = renderHook(() => useSaveQuote(), { wrapper: server.wrapper });
    await act(() => expect(result.current.saveQuote(input("Acme"), null)).rejects.toThrow());
    await act(async () => expect((await result.current.saveQuote(input("Acme"), null)).id).toBe("q1"));
    await act(async () => expect((await result.current.saveQuote(input("Acme"), null)).id).toBe("q2"));
    const [lost, retried, next] = server.keys;
    expect(typeof lost).toBe("string");
    expect(retried).toBe(lost);
    expect(next).not.toBe(lost);
  });

  it("a changed input after a failure is a new intent with a new key", async () => {
    const server = scriptedServer([new Error("network down"), { createQuote: quote("q1") }]);
    const { result } = renderHook(() => useSaveQuote(), { wrapper: server.wrapper });
    await act(() => expect(result.current.saveQuote(input("Acme"), null)).rejects.toThrow());
    await act(async () => void (await result.current.saveQuote(input("Acme Corp"), null)));
    expect(server.keys[1]).not.toBe(server.keys[0]);
  });

  it("a double-clicked send carries one key, so the server sends once", async () => {
    const sent = { sendQuote: { __typename: "SentQuote", quote: quote("q1"), link: { __typename: "NewShareLink", id: "l1", url: "https://x.example/q/abc" } } };
    const server = scriptedServer([sent, sent]);
    const { result } = renderHook(() => useSendQuote(), { wrapper: server.wrapper });
    await act(async () => void (await Promise.all([result.current.sendQuote("q1", 3), result.current.sendQuote("q1", 3)])));
    expect(server.keys).toHaveLength(2);
    expect(server.keys[1]).toBe(server.keys[0]);
  });

  it("a customer's acceptance retried after a lost answer carries the same key", async () => {
    const server = scriptedServer([new Error("network down"), { acceptSharedQuote: { __typename: "SharedQuote", number: "Q-1" } }]);
    const { result } = renderHook(() => useAcceptQuote("tok"), { wrapper: server.wrapper });
    const acceptance = { name: "Jane Buyer", option: 2, acknowledged: true, contacts: [] };
    await act(async () => void (await result.current.accept(acceptance)));
    await act(async () => void (await result.current.accept(acceptance)));
    expect(server.keys).toHaveLength(2);
    expect(server.keys[1]).toBe(server.keys[0]);
  });
});
