import { money } from "../format.js";

/** An amount as the server wrote it, digits grouped, with its currency; `fallback` when there is none. */
export function Money({ amount, currency, fallback = "Price on request" }: { amount: string | null | undefined; currency: string; fallback?: string }) {
  return <>{money(amount, currency) ?? fallback}</>;
}
