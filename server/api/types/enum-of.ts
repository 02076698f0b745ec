/** A GraphQL enum's values object from a domain list of names (each value is its own name). */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
