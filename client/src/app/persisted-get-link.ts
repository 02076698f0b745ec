import { ApolloLink } from "@apollo/client";
import { print } from "@apollo/client/utilities";
import type { DocumentNode } from "graphql";
import { Observable, type Subscription } from "rxjs";

const PERSISTED_MISS = /PERSISTED_QUERY_NOT_(FOUND|SUPPORTED)|PersistedQueryNot(Found|Supported)/;
const hashes = new WeakMap<DocumentNode, Promise<string>>();

/**
 * Automatic persisted queries over GET, the little of Apollo's PersistedQueryLink the public
 * pages use (a quarter of its size in the page's entry): the operation goes as its SHA-256
 * alone, by GET so browsers and CDNs can cache it; when the server does not know the hash
 * yet, it is sent once more by POST with its text, and the server remembers it.
 */
export function persistedGetLink(sha256: (text: string) => Promise<string>): ApolloLink {
  return new ApolloLink((operation, forward) => {
    let hash = hashes.get(operation.query);
    if (!hash) hashes.set(operation.query, (hash = sha256(print(operation.query))));
    return new Observable((observer) => {
      let current: Subscription | undefined;
      let stopped = false;
      const send = (hashOnly: boolean) => {
        operation.setContext(({ http, fetchOptions }) => ({
          http: { ...http, includeQuery: !hashOnly, includeExtensions: true },
          fetchOptions: { ...fetchOptions, method: hashOnly ? "GET" : "POST" },
        }));
        let retrying = false;
        const retry = () => {
          retrying = true;
          current?.unsubscribe();
          send(false);
        };
        current = forward(operation).subscribe({
          next: (result) => (hashOnly && PERSISTED_MISS.test(JSON.stringify(result.errors ?? "")) ? retry() : observer.next(result)),
          error: (error: unknown) => (hashOnly && PERSISTED_MISS.test(String((error as { bodyText?: string }).bodyText ?? "")) ? retry() : observer.error(error)),
          complete: () => !retrying && observer.complete(),
        });
      };
      hash.then(
        (sha256Hash) => {
          if (stopped) return;
          operation.extensions.persistedQuery = { version: 1, sha256Hash };
          send(true);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        stopped = true;
        current?.unsubscribe();
      };
    });
  });
}
