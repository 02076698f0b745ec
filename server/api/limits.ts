import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type OperationDefinitionNode,
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

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return fragments;
}

function walk(
  fragments: Map<string, FragmentDefinitionNode>,
  set: SelectionSetNode,
  depth: number,
  seen: Set<string>,
  m: Measure,
  maxCost: number,
): void {
  if (m.cost > maxCost) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      m.cost++;
      if (sel.alias) m.aliases++;
      m.depth = Math.max(m.depth, depth);
      if (sel.selectionSet) walk(fragments, sel.selectionSet, depth + 1, seen, m, maxCost);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      walk(fragments, sel.selectionSet, depth, seen, m, maxCost);
    } else {
      const fragment = fragments.get(sel.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      walk(fragments, fragment.selectionSet, depth, new Set(seen).add(fragment.name.value), m, maxCost);
    }
  }
}

/** The fields an operation would resolve, fragments expanded (counting stops past maxCost). */
export function countFields(document: DocumentNode, operation: OperationDefinitionNode, maxCost: number): number {
  const m: Measure = { aliases: 0, depth: 0, cost: 0 };
  walk(fragmentsOf(document), operation.selectionSet, 1, new Set(), m, maxCost);
  return m.cost;
}

/**
 * Refuses an operation beyond the alias, depth or cost limits before any resolver runs.
 * Fragments are expanded where they are spread, so repeating a fragment costs what it
 * would cost to resolve; a fragment cycle (refused by graphql's own rules) stops the walk.
 * List items sent in arguments count in the cost too (see input-guard.plugin.ts, which sees the variables).
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());

    return {
      OperationDefinition(op) {
        const m: Measure = { aliases: 0, depth: 0, cost: 0 };
        walk(fragments, op.selectionSet, 1, new Set(), m, limits.maxCost);
        const refuse = (message: string) =>
          context.reportError(new GraphQLError(message, { nodes: [op], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
        if (m.aliases > limits.maxAliases) refuse(`The operation uses ${m.aliases} aliases; at most ${limits.maxAliases} are allowed`);
        if (m.depth > limits.maxDepth) refuse(`The operation nests ${m.depth} levels deep; at most ${limits.maxDepth} are allowed`);
        if (m.cost > limits.maxCost) refuse(`The operation asks for more than ${limits.maxCost} fields; ask for less at a time`);
      },
    };
  };
}
