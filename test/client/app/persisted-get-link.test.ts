import { ApolloClient, ApolloLink, gql, InMemoryCache } from "@apollo/client";
import { of } from "rxjs";
import { describe, expect, it } from "vitest";
import { persistedGetLink } from "../../../client/src/app/persisted-get-link.js";

const QUERY = gql`
  query Catalogs {
    catalogs {
      slug
    }
  }
`;

/** What the HTTP link would be asked to send, and a server that knows the hashes in `known`. */
function setUp(known: Set<string>) {
  const sent: { method: string; includeQuery: boolean; hash: string }[] = [];
  const server = new ApolloLink((operation) => {
    const { http, fetchOptions } = operation.getContext();
    const hash = operation.extensions.persistedQuery.sha256Hash as string;
    sent.push({ method: fetchOptions.method, includeQuery: http.includeQuery, hash });
    if (!http.includeQuery && !known.has(hash)) return of({ errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
    known.add(hash);
    return of({ data: { catalogs: [{ __typename: "Catalog", slug: "beesender" }] } });
  });
  const sha256 = async (text: string) => `hash-of-${text.length}`;
  const client = () => new ApolloClient({ link: persistedGetLink(sha256).concat(server), cache: new InMemoryCache() });
  return { sent, client };
}

describe("the persisted-query GET link", () => {
  it("sends the hash alone by GET, the text once by POST when the server does not know it, then the hash alone again", async () => {
    const { sent, client } = setUp(new Set());
    const first = await client().query({ query: QUERY });
    expect(first.data).toEqual({ catalogs: [{ __typename: "Catalog", slug: "beesender" }] });
    expect(sent.map((s) => [s.method, s.includeQuery])).toEqual([["GET", false], ["POST", true]]);
    expect(sent[0]!.hash).toBe(sent[1]!.hash);

    sent.length = 0;
    const second = await client().query({ query: QUERY });
    expect(second.data).toEqual(first.data);
    expect(sent.map((s) => [s.method, s.includeQuery])).toEqual([["GET", false]]);
  });

  it("passes other errors through without sending the text", async () => {
    const server = new ApolloLink(() => of({ errors: [{ message: "No such catalog", extensions: { code: "NOT_FOUND" } }] }));
    const client = new ApolloClient({ link: persistedGetLink(async () => "h").concat(server), cache: new InMemoryCache() });
    const result = await client.query({ query: QUERY, errorPolicy: "all" });
    expect(result.error?.message).toContain("No such catalog");
  });
});
