// What a GraphQL request asked for and how it ended, kept beside the HTTP request so that the
// access line and the request metrics, which only see HTTP, can name the operation.
import type { DocumentNode, FragmentDefinitionNode, GraphQLFormattedError, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';

export type GraphQLOperationType = OperationDefinitionNode['operation'];

/** A field at the root of the operation: its schema name, and the key its answer and errors carry. */
export interface RootField {
  readonly name: string;
  readonly responseKey: string;
}

export interface GraphQLOperation {
  /** Unset until graphql-js resolved the operation (a request that fails to parse or validate never gets one). */
  type?: GraphQLOperationType;
  /** The client's own name for it: free text, for the logs only, never a metric label. */
  name?: string;
  /** Schema names only (the document was validated): safe as metric labels. */
  rootFields: readonly RootField[];
  /** `ok`, or the code of the first error of the answer. */
  outcome?: string;
}

const operations = new WeakMap<object, GraphQLOperation>();

export function noteGraphQLOperation(request: object, operation: GraphQLOperation): void {
  operations.set(request, operation);
}

export function graphQLOperationOf(request: object): GraphQLOperation | undefined {
  return operations.get(request);
}

const MAX_NAME_LENGTH = 100;

/** The client's operation name, cut to a length a log line can carry. */
export function operationNameForLog(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH)}…` : name;
}

/** The root fields of an operation, through fragments spread at its root. */
export function rootFieldsOf(operation: OperationDefinitionNode, document: DocumentNode): RootField[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fields: RootField[] = [];
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          fields.push({ name: selection.name.value, responseKey: selection.alias?.value ?? selection.name.value });
          break;
        case Kind.INLINE_FRAGMENT:
          visit(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments.get(selection.name.value);
          // Each fragment once: validation already refused cycles, this keeps a repeat cheap.
          if (fragment && !seen.has(fragment.name.value)) {
            seen.add(fragment.name.value);
            visit(fragment.selectionSet);
          }
          break;
        }
        default: {
          const unknown: never = selection;
          throw new Error(`unknown selection ${JSON.stringify(unknown)}`);
        }
      }
    }
  };
  visit(operation.selectionSet);
  return fields;
}

// Codes come from our formatError and Apollo, never from a client, but a label must stay bounded.
const CODE_SHAPE = /^[A-Z][A-Z_]{0,39}$/;

function codeOf(error: GraphQLFormattedError): string {
  const code = error.extensions?.['code'];
  return typeof code === 'string' && CODE_SHAPE.test(code) ? code : 'OTHER';
}

/** `ok`, or the code of the answer's first error. */
export function requestOutcome(errors: readonly GraphQLFormattedError[] | undefined): string {
  const first = errors?.[0];
  return first ? codeOf(first) : 'ok';
}

/**
 * How one root field (one command, for a mutation) ended: `accepted`, or the code of the error at
 * its path, or of an error of the whole request (bad variables, say) that stopped every field.
 */
export function fieldOutcome(responseKey: string, errors: readonly GraphQLFormattedError[] | undefined): string {
  const own = errors?.find((error) => error.path?.[0] === responseKey);
  if (own) return codeOf(own);
  const requestWide = errors?.find((error) => error.path === undefined || error.path.length === 0);
  return requestWide ? codeOf(requestWide) : 'accepted';
}
