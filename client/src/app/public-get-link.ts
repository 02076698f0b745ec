import { ApolloLink } from "@apollo/client";
import { Observable, type Subscription } from "rxjs";

/** What Apollo's HttpLink sends, so that its answers and ours share the server's cache (keyed by Accept too). */
const HEADERS = { accept: "application/graphql-response+json,application/json;q=0.9", "content-type": "application/json" };

/**
 * The public pages' reads as automatic persisted queries over GET (Apollo's protocol), with
 * each operation's hash computed at build time (client/persisted-queries.ts): the page's
 * entry needs no printer, no hashing and no HttpLink to show a comparison. Everything else,
 * and anything unusual (a hash the server does not know, a status other than 200, errors in
 * the answer, a failed fetch), goes to `fallback`: the full link chain, loaded when first needed.
 */
export function publicGetLink(uri: string, hashes: Readonly<Record<string, string>>, fallback: ApolloLink): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const sha256Hash = hashes[operation.operationName ?? ""];
    if (!sha256Hash) return fallback.request(operation, forward);
    return new Observable((observer) => {
      const controller = new AbortController();
      let fallen: Subscription | undefined;
      const fall = () => {
        if (!controller.signal.aborted) fallen = fallback.request(operation, forward).subscribe(observer);
      };
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
      return () => {
        controller.abort();
        fallen?.unsubscribe();
      };
    });
  });
}

/** A link loaded on first use (a dynamic import), so that what it needs stays out of the page's entry. */
export function lazyLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loaded: Promise<ApolloLink> | undefined;
  return new ApolloLink((operation, forward) => {
    const link = (loaded ??= load().catch((error: unknown) => {
      // A failed download (a flaky network) is tried again by the next operation.
      loaded = undefined;
      throw error;
    }));
    return new Observable((observer) => {
      let subscription: Subscription | undefined;
      let stopped = false;
      link.then(
        (l) => {
          if (!stopped) subscription = l.request(operation, forward).subscribe(observer);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        stopped = true;
        subscription?.unsubscribe();
      };
    });
  });
}
