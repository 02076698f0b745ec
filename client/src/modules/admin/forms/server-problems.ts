/** A problem the server found, at its path in the catalog document ("plans[1].pricing.percent"). */
export interface ServerProblem {
  path: string;
  message: string;
}

/**
 * The problems of a refused edit, from a BAD_USER_INPUT error (`extensions.problems`, or the
 * one `extensions.field`), so each message can sit next to its field.
 */
export function problemsOf(error: unknown): ServerProblem[] {
  const first = (error as { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null)?.errors?.[0];
  if (!first || first.extensions?.code !== "BAD_USER_INPUT") return [];
  const listed = first.extensions.problems;
  if (Array.isArray(listed)) return listed.filter((p): p is ServerProblem => typeof p?.path === "string" && typeof p?.message === "string");
  const field = first.extensions.field;
  return typeof field === "string" ? [{ path: field, message: first.message }] : [];
}

/**
 * Problems under `prefix`, keyed by the rest of their path: with prefix "plans[1]",
 * "plans[1].pricing.percent" is "pricing.percent". A problem at the prefix itself is keyed "".
 */
export function problemsUnder(problems: ServerProblem[], prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    if (p.path === prefix) out[""] ??= p.message;
    else if (p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`)) out[p.path.slice(prefix.length).replace(/^\./, "")] ??= p.message;
  }
  return out;
}
