/** The first error's message, as the server worded it (server messages are written for people). */
export function errorMessage(error: unknown): string | null {
  if (!error) return null;
  const e = error as { errors?: { message: string }[]; message?: string };
  return e.errors?.[0]?.message ?? e.message ?? "Something went wrong";
}

/** The `extensions.code` of the first GraphQL error, if any. */
export function errorCode(error: unknown): string | null {
  const e = error as { errors?: { extensions?: { code?: unknown } }[] } | null;
  const code = e?.errors?.[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}

/** The input field the first error names (`extensions.field`), so the message can sit next to it. */
export function errorField(error: unknown): string | null {
  const e = error as { errors?: { extensions?: { field?: unknown } }[] } | null;
  const field = e?.errors?.[0]?.extensions?.field;
  return typeof field === "string" ? field : null;
}
