import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

export interface QueryLimits {
  maxAliases: number;
  maxDepth: number;
  /** Fields the operation would resolve with every fragment spread expanded. */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxAliases: 50, maxDepth: 12, maxCost: 5000 };

interface Measure {
  aliases: number;
  depth: number;
  cost: number;
}

/**
 * Refuses an operation beyond the alias, depth or cost limits before any resolver runs.
 * Fragments are expanded where they are spread, so repeating a fragment costs what it
 * would cost to resolve; a fragment cycle (refused by graphql's own rules) stops the walk.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }

    function walk(set: SelectionSetNode, depth: number, seen: Set<string>, m: Measure): void {
      if (m.cost > limits.maxCost) return;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          m.cost++;
          if (sel.alias) m.aliases++;
          m.depth = Math.max(m.depth, depth);
          if (sel.selectionSet) walk(sel.selectionSet, depth + 1, seen, m);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          walk(sel.selectionSet, depth, seen, m);
        } else {
          const fragment = fragments.get(sel.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          walk(fragment.selectionSet, depth, new Set(seen).add(fragment.name.value), m);
        }
      }
    }

    return {
      OperationDefinition(op) {
        const m: Measure = { aliases: 0, depth: 0, cost: 0 };
        walk(op.selectionSet, 1, new Set(), m);
        const refuse = (message: string) =>
          context.reportError(new GraphQLError(message, { nodes: [op], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
        if (m.aliases > limits.maxAliases) refuse(`The operation uses ${m.aliases} aliases; at most ${limits.maxAliases} are allowed`);
        if (m.depth > limits.maxDepth) refuse(`The operation nests ${m.depth} levels deep; at most ${limits.maxDepth} are allowed`);
        if (m.cost > limits.maxCost) refuse(`The operation asks for more than ${limits.maxCost} fields; ask for less at a time`);
      },
    };
  };
}
