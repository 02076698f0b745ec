import { useRef } from "react";

function newKey(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * One idempotency key per user intent: `keyFor(input)` answers the same key while the input is
 * the same (a double click, a retry after a lost answer), and a new one once the input changes or
 * after `succeeded()` (the next action is a new intent).
 */
export function useIdempotencyKey() {
  const current = useRef<{ key: string; input: string } | null>(null);
  const keyFor = (input: unknown): string => {
    const seen = JSON.stringify(input) ?? "";
    if (current.current?.input !== seen) current.current = { key: newKey(), input: seen };
    return current.current.key;
  };
  const succeeded = () => {
    current.current = null;
  };
  return { keyFor, succeeded };
}
