import { ApolloLink } from "@apollo/client";
import { Observable, type Subscription } from "rxjs";

/** What Apollo's HttpLink sends, so that its answers and ours share the server's cache (keyed by Accept too). */
const HEADERS = { accept: "application/graphql-response+json,application/json;q=0.9", "content-type": "application/json" };

/**
 * The public pages' reads as automatic persisted queries over GET (Apollo's protocol), with
 * each operation's hash computed at build time (client/persisted-queries.ts): the page's
 * entry needs no printer, no hashing and no HttpLink to show a comparison. Everything else,
 * and anything unusual (a hash the server does not know, a status other than 200, errors in
 * the answer, a failed fetch), goes to the full link chain that `loadFallback` downloads when
 * first needed (a failed download is tried again by the next operation).
 */
export function publicGetLink(uri: string, hashes: Readonly<Record<string, string>>, loadFallback: () => Promise<ApolloLink>): ApolloLink {
  let fallback: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        const controller = new AbortController();
        let fallen: Subscription | undefined;
        const fall = () =>
          (fallback ??= loadFallback()).then(
            (link) => {
              if (!controller.signal.aborted) fallen = link.request(operation, forward).subscribe(observer);
            },
            (error: unknown) => {
              fallback = undefined;
              observer.error(error);
            },
          );
        const sha256Hash = hashes[operation.operationName ?? ""];
        if (!sha256Hash) {
          void fall();
        } else {
          const params = {
            operationName: operation.operationName,
            variables: JSON.stringify(operation.variables),
            extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }),
          };
          const search = Object.entries(params).map(([key, value]) => `${key}=${encodeURIComponent(value!)}`);
          fetch(`${uri}?${search.join("&")}`, { headers: HEADERS, credentials: "same-origin", signal: controller.signal })
            .then((response) => (response.status === 200 ? response.json() : null))
            .then((result: ApolloLink.Result | null) => {
              if (!result?.data || result.errors) return fall();
              observer.next(result);
              observer.complete();
            })
            .catch(fall);
        }
        return () => {
          controller.abort();
          fallen?.unsubscribe();
        };
      }),
  );
}
