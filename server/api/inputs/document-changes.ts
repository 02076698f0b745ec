/** How a catalog editor input becomes changes to a document: only the fields given, null clears. */

// Inputs to documents. An update changes the fields given and keeps the others; null clears
// a field (an empty list, no calendar, no text). A new item gets the defaults of its to* function.

/** Only the fields that were given. */
export function given<T>(fields: { [K in keyof T]?: T[K] }): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** undefined (not given) stays undefined; null becomes `cleared`; anything else is mapped. */
export function field<I, O>(value: I | null | undefined, cleared: O, map: (v: I) => O): O | undefined {
  if (value === undefined) return undefined;
  return value === null ? cleared : map(value);
}

export const same = <T>(v: T) => v;
