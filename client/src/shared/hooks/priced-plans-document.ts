import type { DocumentNode, FieldNode, VariableDefinitionNode } from "graphql";
import { PlanPriceFragmentDoc } from "../graphql/plan-price.fragment.js";

const name = (value: string) => ({ kind: "Name", value }) as const;

/**
 * One query pricing several inputs at once: `p0: priceQuote(input: $p0) { ...PlanPrice }`, one
 * alias per input. The number of aliases depends on the page, so the document is built here
 * as a syntax tree (no GraphQL parser shipped); each alias reads the generated PlanPrice fragment.
 */
export function pricesDocument(count: number): DocumentNode {
  const variables: VariableDefinitionNode[] = [];
  const fields: FieldNode[] = [];
  for (let i = 0; i < count; i++) {
    variables.push({
      kind: "VariableDefinition",
      variable: { kind: "Variable", name: name(`p${i}`) },
      type: { kind: "NonNullType", type: { kind: "NamedType", name: name("PriceQuoteInput") } },
    } as VariableDefinitionNode);
    fields.push({
      kind: "Field",
      alias: name(`p${i}`),
      name: name("priceQuote"),
      arguments: [{ kind: "Argument", name: name("input"), value: { kind: "Variable", name: name(`p${i}`) } }],
      selectionSet: { kind: "SelectionSet", selections: [{ kind: "FragmentSpread", name: name("PlanPrice") }] },
    } as FieldNode);
  }
  return {
    kind: "Document",
    definitions: [
      { kind: "OperationDefinition", operation: "query", name: name("PlanPrices"), variableDefinitions: variables, selectionSet: { kind: "SelectionSet", selections: fields } },
      ...PlanPriceFragmentDoc.definitions,
    ],
  } as DocumentNode;
}
