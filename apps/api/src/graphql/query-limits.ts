import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Limits that protect the server from expensive or oversized requests (docs/design.md §8). */
export const QUERY_LIMITS = {
  /** Deepest selection nesting a request may use; our deepest honest query needs 5. */
  maxDepth: 8,
  /** Most fields (counted through fragments) one request may select. */
  maxFields: 400,
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes: 256 * 1024,
} as const;

/**
 * A validation rule that rejects documents nested deeper than `maxDepth` or selecting more than
 * `maxFields` fields. Fragments are followed (with cycle protection), so they cannot hide depth.
 */
export function queryLimitsRule(maxDepth: number, maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        let fields = 0;
        const measure = (set: SelectionSetNode, depth: number, seen: ReadonlySet<string>): number => {
          let deepest = depth;
          for (const selection of set.selections) {
            if (selection.kind === Kind.FIELD) {
              fields++;
              if (selection.selectionSet) deepest = Math.max(deepest, measure(selection.selectionSet, depth + 1, seen));
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              deepest = Math.max(deepest, measure(selection.selectionSet, depth, seen));
            } else {
              const name = selection.name.value;
              const fragment = fragments.get(name);
              if (fragment && !seen.has(name)) deepest = Math.max(deepest, measure(fragment.selectionSet, depth, new Set([...seen, name])));
            }
          }
          return deepest;
        };
        const depth = measure(operation.selectionSet, 1, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`查询嵌套了 ${depth} 层，上限为 ${maxDepth} 层`, { nodes: [operation] }));
        }
        if (fields > maxFields) {
          context.reportError(new GraphQLError(`查询选择了 ${fields} 个字段，上限为 ${maxFields} 个`, { nodes: [operation] }));
        }
      },
    };
  };
}
