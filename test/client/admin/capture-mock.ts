import type { DocumentNode } from "graphql";

/**
 * A mocked operation that hands its variables to `onSend` and then fails: enough to see what a
 * form sends, without building the server's answer.
 */
export const capturing = (query: DocumentNode, onSend: (variables: Record<string, unknown>) => void) => ({
  request: { query, variables: (v: Record<string, unknown>) => (onSend(v), true) },
  error: new Error("not needed"),
});
