import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { assertNever } from '@tracker/domain';

/** What one request may spend before anything runs (docs/design.md §8): its size, nesting, breadth and cost. */
export interface RequestBudget {
  /** Lexical tokens in the whole document: bounds parsing and validation, whatever the text holds. */
  readonly maxTokens: number;
  /** Deepest selection nesting an operation may use. */
  readonly maxDepth: number;
  /** Most fields (counted through fragments) one operation may select. */
  readonly maxFields: number;
  /** Most cost (FIELD_COSTS: 1 a field, more for the expensive ones) one operation may run up. */
  readonly maxCost: number;
}

/** Limits that protect the server from expensive or oversized requests (docs/design.md §8). */
export const QUERY_LIMITS = {
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes: 256 * 1024,
  /** Our deepest honest query needs 5 levels; the README's compiler query about 80 tokens. */
  maxDepth: 8,
  maxFields: 400,
  maxCost: 1000,
  maxTokens: 5000,
  /**
   * A request without valid credentials is measured, parsed and validated before any guard can
   * refuse it, so it gets only what signing in needs: a few milliseconds of CPU at most.
   */
  anonymous: { maxTokens: 500, maxDepth: 8, maxFields: 50, maxCost: 50 },
} as const;

export const AUTHENTICATED_BUDGET: RequestBudget = QUERY_LIMITS;
export const ANONYMOUS_BUDGET: RequestBudget = QUERY_LIMITS.anonymous;

/** A field's cost, as a number or from its arguments (`asOf` turns a section read into a fold of the log). */
type FieldCost = number | ((field: FieldNode) => number);

const hasArgument = (field: FieldNode, name: string): boolean =>
  field.arguments?.some((argument) => argument.name.value === name && argument.value.kind !== Kind.NULL) ?? false;

// Costs in units of one plain field. At 1M events (BENCHMARKS.md) a section read takes ~15 ms and
// an `asOf` fold ~2.5 s, so within maxCost a request may read some 50 sections, or fold the log once.
const SECTION_COST = 20;
const AS_OF_COST = 500;

/** Every field costs 1 except these, keyed `Type.field`. */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.communityResponsibility': (field) => (hasArgument(field, 'asOf') ? AS_OF_COST : SECTION_COST),
  'Query.reportSection': SECTION_COST,
  'Query.recordHistory': 10,
  // docs/design.md §14's ledger lists, each a page of rows and a count; costed here before they land.
  'Query.volunteerActivities': SECTION_COST,
  'Query.coBuildingAgreements': SECTION_COST,
  'Query.donationCampaigns': SECTION_COST,
  'Query.reliefGrants': SECTION_COST,
  'Query.examSentinelShifts': SECTION_COST,
  'Query.booths': SECTION_COST,
};

export interface OperationMeasure {
  readonly depth: number;
  readonly fields: number;
  readonly cost: number;
}

const NOTHING: OperationMeasure = { depth: 0, fields: 0, cost: 0 };

/**
 * Measures each operation of a document in one pass: every fragment is measured once, however
 * often it is spread (22 fragments each spreading the next twice select 2^21 fields, and are
 * walked as 22), and a walk stops as soon as it is over the budget, so what it costs is bounded
 * by the document's size, never by what the document would select.
 */
export class DocumentMeasurer {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, OperationMeasure>();
  private readonly inProgress = new Set<string>();

  constructor(
    document: DocumentNode,
    private readonly schema: GraphQLSchema,
    private readonly budget: RequestBudget,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  operation(operation: OperationDefinitionNode): OperationMeasure {
    return this.selectionSet(operation.selectionSet, this.schema.getRootType(operation.operation) ?? undefined, 0);
  }

  /** `depth` is where this set sits; below maxDepth + 1 nothing is walked (it is refused anyway). */
  private selectionSet(set: SelectionSetNode, parent: GraphQLCompositeType | undefined, depth: number): OperationMeasure {
    let deepest = 0;
    let fields = 0;
    let cost = 0;
    for (const selection of set.selections) {
      const inner = this.selection(selection, parent, depth);
      deepest = Math.max(deepest, inner.depth);
      fields += inner.fields;
      cost += inner.cost;
      if (this.isOver({ depth: depth + deepest, fields, cost })) break;
    }
    return { depth: deepest, fields, cost };
  }

  private selection(selection: SelectionNode, parent: GraphQLCompositeType | undefined, depth: number): OperationMeasure {
    switch (selection.kind) {
      case Kind.FIELD: {
        const own = fieldCost(parent, selection);
        if (!selection.selectionSet || depth + 1 > this.budget.maxDepth) return { depth: 1, fields: 1, cost: own };
        const inner = this.selectionSet(selection.selectionSet, fieldType(parent, selection.name.value), depth + 1);
        return { depth: 1 + inner.depth, fields: 1 + inner.fields, cost: own + inner.cost };
      }
      case Kind.INLINE_FRAGMENT: {
        const type = selection.typeCondition ? this.compositeType(selection.typeCondition.name.value) : parent;
        return this.selectionSet(selection.selectionSet, type, depth);
      }
      case Kind.FRAGMENT_SPREAD:
        return this.fragment(selection.name.value);
      default:
        return assertNever(selection);
    }
  }

  /** Measured from its own top, once; a cycle or an unknown name counts nothing (validation refuses both). */
  fragment(name: string): OperationMeasure {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.inProgress.has(name)) return NOTHING;
    this.inProgress.add(name);
    const measure = this.selectionSet(fragment.selectionSet, this.compositeType(fragment.typeCondition.name.value), 0);
    this.inProgress.delete(name);
    this.measured.set(name, measure);
    return measure;
  }

  private isOver(measure: OperationMeasure): boolean {
    return measure.depth > this.budget.maxDepth || measure.fields > this.budget.maxFields || measure.cost > this.budget.maxCost;
  }

  private compositeType(name: string): GraphQLCompositeType | undefined {
    const type = this.schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  }
}

function fieldType(parent: GraphQLCompositeType | undefined, name: string): GraphQLCompositeType | undefined {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  const field = parent.getFields()[name];
  const type = field ? getNamedType(field.type) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}

function fieldCost(parent: GraphQLCompositeType | undefined, field: FieldNode): number {
  const cost = parent ? FIELD_COSTS[`${parent.name}.${field.name.value}`] : undefined;
  if (cost === undefined) return 1;
  return typeof cost === 'number' ? cost : cost(field);
}

/** Why an operation is over the budget, in Chinese; undefined when it is within it. */
export function overBudgetMessage(measure: OperationMeasure, budget: RequestBudget): string | undefined {
  if (measure.depth > budget.maxDepth) return `查询嵌套超过了 ${budget.maxDepth} 层的上限`;
  if (measure.fields > budget.maxFields) return `查询选择的字段超过了 ${budget.maxFields} 个的上限`;
  if (measure.cost > budget.maxCost) return `查询的计算量超过了上限（${budget.maxCost}）：汇总、报告、历史等查询较重，请分几次查询`;
  return undefined;
}
